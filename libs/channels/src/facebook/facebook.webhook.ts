import {
  type ChannelEvent,
  type InboundWebhook,
  type WebhookOutcome,
  type WebhookSecrets,
} from '../connector.types';
import { readMetaDelivery } from '../meta/meta-webhook';
import { mapFeedChange } from './facebook.mapper';

/**
 * Verifies and parses a Page webhook: the GET handshake, the `X-Hub-Signature-256` check over
 * the raw body, then every `feed` comment change as an event for the Page in `entry[].id`.
 * A signed delivery with nothing we ingest is `ignored` (still answered 200, as Meta expects).
 *
 * @example handleFacebookWebhook({ method: 'POST', headers: { 'x-hub-signature-256': 'sha256=…' }, rawBody, … }, { appSecret })
 */
export function handleFacebookWebhook(
  request: InboundWebhook,
  secrets: WebhookSecrets,
): WebhookOutcome {
  const delivery = readMetaDelivery(request, secrets, 'page');
  if (delivery.kind === 'outcome') {
    return delivery.outcome;
  }
  const events: Array<{ accountRef: string; event: ChannelEvent }> = [];
  const ignored: string[] = [];
  for (const entry of delivery.entries) {
    for (const change of entry.changes) {
      if (change.field !== 'feed') {
        ignored.push(`field ${change.field}`);
        continue;
      }
      const result = mapFeedChange(entry.id, change.value, entry.time);
      if ('event' in result) {
        events.push({ accountRef: entry.id, event: result.event });
      } else {
        ignored.push(result.ignored);
      }
    }
  }
  if (events.length === 0) {
    return { kind: 'ignored', reason: ignored.length > 0 ? ignored.join('; ') : 'no changes' };
  }
  return { kind: 'accepted', events };
}
