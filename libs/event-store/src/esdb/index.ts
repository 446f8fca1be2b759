export * from './esdb-event-store';
export type { ResubscribePolicy, SubscriptionLogger } from './esdb-subscription';
