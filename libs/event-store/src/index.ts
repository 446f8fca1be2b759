export * from './event-store.port';
export * from './event-store.errors';
export * from './append-validation';
export * from './upcasting';
export * from './upcasting-event-store';
export * from './sqlite/sqlite-event-store';
export * from './sqlite/catch-up-subscription';
export * from './backup';
