import { createHmac } from 'node:crypto';

import { CHANNEL_KIND_LABELS, type ChannelKind } from '@bedside/domain';

import { type AlertKind } from './alert.entity';

/**
 * What an outbound alert may say: ids, labels, times and a link into Bedside. Deliberately no
 * comment text, author name or handle, platform URL or PHI: a webhook or an e-mail leaves the
 * hospital's control, so the person on call follows the link and signs in to read the comment.
 */
export interface AlertNotice {
  alertId: string;
  commentId: string;
  kind: AlertKind;
  channel: ChannelKind;
  raisedAt: Date;
  /** The comment in the dashboard, e.g. `https://bedside.example.org/inbox/0193…`. */
  url: string;
}

export interface AlertWebhookPayload {
  type: 'bedside.alert';
  alertId: string;
  commentId: string;
  kind: AlertKind;
  urgency: 'critical';
  channel: ChannelKind;
  raisedAt: string;
  url: string;
}

export interface AlertEmail {
  subject: string;
  text: string;
}

export const SIGNATURE_HEADER = 'X-Bedside-Signature';
export const TIMESTAMP_HEADER = 'X-Bedside-Timestamp';

const KIND_WORDS: Record<AlertKind, string> = {
  emergency: 'emergency',
  self_harm: 'self-harm',
};

/** The dashboard link of a comment, from the configured public URL (no trailing slash). */
export function alertLink(publicUrl: string, commentId: string): string {
  return `${publicUrl}/inbox/${encodeURIComponent(commentId)}`;
}

/**
 * The JSON body a webhook receives. Built field by field (never by spreading a row) so nothing
 * else can slip in.
 *
 * @example webhookPayload({ alertId: 'a1', commentId: 'c1', kind: 'emergency', channel: 'facebook', raisedAt, url })
 *   // -> { type: 'bedside.alert', alertId: 'a1', …, urgency: 'critical', channel: 'facebook', … }
 */
export function webhookPayload(notice: AlertNotice): AlertWebhookPayload {
  return {
    type: 'bedside.alert',
    alertId: notice.alertId,
    commentId: notice.commentId,
    kind: notice.kind,
    urgency: 'critical',
    channel: notice.channel,
    raisedAt: notice.raisedAt.toISOString(),
    url: notice.url,
  };
}

/**
 * `sha256=<hex HMAC-SHA256 of the raw body>`, the value of `X-Bedside-Signature`. A receiver
 * recomputes it over the bytes it received, compares in constant time, and may refuse requests
 * whose `X-Bedside-Timestamp` is old.
 */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** The e-mail: who must act and where, never what the comment says. */
export function alertEmail(notice: AlertNotice): AlertEmail {
  const kind = KIND_WORDS[notice.kind];
  const channel = CHANNEL_KIND_LABELS[notice.channel];
  const at = `${notice.raisedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return {
    subject: `Bedside: ${kind} comment on ${channel} needs attention now`,
    text: [
      `A comment on ${channel} was triaged as ${kind} (urgency: critical) at ${at}.`,
      '',
      `Open it in Bedside: ${notice.url}`,
      '',
      'Follow the crisis procedure and acknowledge the alert in Bedside once someone is on it.',
      'This message holds no comment text or personal details by design; sign in to read the comment.',
      '',
      `Alert ${notice.alertId}`,
    ].join('\n'),
  };
}
