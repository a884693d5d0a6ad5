import { type CanonicalComment, type ChannelEvent, type WebhookOutcome } from '../connector.types';

/** The events of an accepted delivery; any other outcome fails the spec with its reason. */
export function acceptedEvents(outcome: WebhookOutcome): ChannelEvent[] {
  if (outcome.kind !== 'accepted') {
    throw new Error(`expected an accepted delivery, got ${JSON.stringify(outcome)}`);
  }
  return outcome.events.map(({ event }) => event);
}

/** The comment and version of an upsert; any other event fails the spec. */
export function upserted(event: ChannelEvent | undefined): {
  comment: CanonicalComment;
  version: string;
} {
  if (event?.type !== 'upsert') {
    throw new Error(`expected an upsert, got ${JSON.stringify(event)}`);
  }
  return event;
}

/** The upserted comments of a fetch, in order. */
export function upsertedComments(events: ChannelEvent[]): CanonicalComment[] {
  return events.map((event) => upserted(event).comment);
}
