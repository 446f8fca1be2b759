export { startLoopbackEsdb, type LoopbackEsdb, type LoopbackEsdbOptions } from './server';
export { EventLog, MAX_APPEND_BYTES } from './event-log';
