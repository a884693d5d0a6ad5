import { PubSub, type PubSubEngine } from 'graphql-subscriptions';

/**
 * The engine GraphQL subscriptions read from. In-process for one server; several replicas need
 * a shared one (Redis), provided under the same token.
 */
export const PUB_SUB = Symbol('PUB_SUB');

export function createInProcessPubSub(): PubSubEngine {
  return new PubSub();
}

/** Subscription topics. Payloads carry ids and labels, never comment text. */
export const TOPICS = {
  inbox: 'inbox',
  presence: 'presence',
  notifications: 'notifications',
  alerts: 'alerts',
} as const;
