import { type InboundWebhook, type WebhookOutcome, type WebhookSecrets } from '../connector.types';
import { isRecord } from '../shared/cursor';
import { safeEqual } from '../shared/safe-equal';
import { isValidMetaSignature } from './meta-signature';

/** One `entry[]` of a Meta notification: a Page or IG account and its changes. */
export interface MetaEntry {
  id: string;
  /** Unix seconds when Meta sent the notification, not when the change happened. */
  time?: number;
  changes: Array<{ field: string; value: Record<string, unknown> }>;
}

export type MetaDelivery =
  { kind: 'entries'; entries: MetaEntry[] } | { kind: 'outcome'; outcome: WebhookOutcome };

/**
 * The part of a Meta webhook that Pages and Instagram share: the GET verification handshake,
 * the signature over the raw body, and the `{ object, entry[] }` envelope. Entries of another
 * object (an Instagram delivery sent to the Page callback) are ignored, not rejected, because
 * Meta retries anything but a 200 for 36 hours.
 */
export function readMetaDelivery(
  request: InboundWebhook,
  secrets: WebhookSecrets,
  expectedObject: 'page' | 'instagram',
): MetaDelivery {
  if (request.method === 'GET') {
    return { kind: 'outcome', outcome: answerHandshake(request, secrets) };
  }
  if (!secrets.appSecret) {
    return reject(401, 'app secret is not configured');
  }
  if (
    !isValidMetaSignature(
      request.rawBody,
      request.headers['x-hub-signature-256'],
      secrets.appSecret,
    )
  ) {
    return reject(401, 'missing or invalid X-Hub-Signature-256');
  }
  let envelope: unknown;
  try {
    envelope = JSON.parse(request.rawBody.toString('utf8'));
  } catch {
    return reject(400, 'body is not JSON');
  }
  if (!isRecord(envelope) || !Array.isArray(envelope.entry)) {
    return reject(400, 'body is not a Meta notification envelope');
  }
  if (envelope.object !== expectedObject) {
    return {
      kind: 'outcome',
      outcome: {
        kind: 'ignored',
        reason: `object ${String(envelope.object)} is not ${expectedObject}`,
      },
    };
  }
  return { kind: 'entries', entries: envelope.entry.flatMap(toEntry) };
}

function answerHandshake(request: InboundWebhook, secrets: WebhookSecrets): WebhookOutcome {
  const token = request.query['hub.verify_token'];
  const challenge = request.query['hub.challenge'];
  if (
    request.query['hub.mode'] !== 'subscribe' ||
    !secrets.verifyToken ||
    token === undefined ||
    challenge === undefined ||
    !safeEqual(token, secrets.verifyToken)
  ) {
    return { kind: 'rejected', status: 403, reason: 'verification handshake refused' };
  }
  // Documented as an int, but echoed verbatim: parsing it could change a long value.
  return { kind: 'challenge', status: 200, contentType: 'text/plain', body: challenge };
}

function reject(status: 400 | 401, reason: string): MetaDelivery {
  return { kind: 'outcome', outcome: { kind: 'rejected', status, reason } };
}

function toEntry(value: unknown): MetaEntry[] {
  if (!isRecord(value) || (typeof value.id !== 'string' && typeof value.id !== 'number')) {
    return [];
  }
  const changes = Array.isArray(value.changes) ? value.changes : [];
  return [
    {
      id: String(value.id),
      ...(typeof value.time === 'number' ? { time: value.time } : {}),
      changes: changes.flatMap((change: unknown) =>
        isRecord(change) && typeof change.field === 'string' && isRecord(change.value)
          ? [{ field: change.field, value: change.value }]
          : [],
      ),
    },
  ];
}
