export * from './event-line';
export * from './event-line-sequence';
