export * from './decider';
export * from './command-context';
export * from './command-errors';
export * from './command-executor';
export * from './ids';
export * from './visible-text';
export * from './reaction-context';
