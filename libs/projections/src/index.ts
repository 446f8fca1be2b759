export * from './projection';
export * from './read-model-database';
export * from './projection-runtime';
export * from './event-history-table';
export * from './history-entry';
export * from './quarantine';
