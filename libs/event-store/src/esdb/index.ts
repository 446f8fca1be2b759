export * from './esdb-event-store';
export { isTransient, toStoreError } from './esdb-errors';
export type { ResubscribePolicy, SubscriptionLogger } from './esdb-subscription';
