export * from './event-line';
export * from './event-line-sequence';
export * from './backup-seal';
