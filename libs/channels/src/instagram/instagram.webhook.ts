import {
  type ChannelEvent,
  type InboundWebhook,
  type WebhookOutcome,
  type WebhookSecrets,
} from '../connector.types';
import { readMetaDelivery } from '../meta/meta-webhook';
import { mapInstagramChange } from './instagram.mapper';

// `mentions` carries only ids of a comment on someone else's media; it is read by polling.
const COMMENT_FIELDS = new Set(['comments', 'live_comments']);

/**
 * Verifies and parses an Instagram webhook (same handshake and signature as Pages): each
 * `comments` / `live_comments` change becomes an upsert for the IG account in `entry[].id`.
 *
 * @example handleInstagramWebhook({ method: 'POST', headers: { 'x-hub-signature-256': 'sha256=…' }, rawBody, … }, { appSecret })
 */
export function handleInstagramWebhook(
  request: InboundWebhook,
  secrets: WebhookSecrets,
): WebhookOutcome {
  const delivery = readMetaDelivery(request, secrets, 'instagram');
  if (delivery.kind === 'outcome') {
    return delivery.outcome;
  }
  const events: Array<{ accountRef: string; event: ChannelEvent }> = [];
  const ignored: string[] = [];
  for (const entry of delivery.entries) {
    for (const change of entry.changes) {
      const event = COMMENT_FIELDS.has(change.field)
        ? mapInstagramChange(entry.id, change.value, entry.time)
        : null;
      if (event) {
        events.push({ accountRef: entry.id, event });
      } else {
        ignored.push(`field ${change.field}`);
      }
    }
  }
  if (events.length === 0) {
    return { kind: 'ignored', reason: ignored.length > 0 ? ignored.join('; ') : 'no changes' };
  }
  return { kind: 'accepted', events };
}
