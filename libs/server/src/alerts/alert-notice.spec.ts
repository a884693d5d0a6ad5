import { createHmac } from 'node:crypto';

import { alertEmail, alertLink, type AlertNotice, signBody, webhookPayload } from './alert-notice';

const COMMENT_ID = '0193f1a2-7c4e-7a10-9b1e-2f3c4d5e6f70';

const notice: AlertNotice = {
  alertId: '0193f1a2-7c4e-7a10-9b1e-000000000001',
  commentId: COMMENT_ID,
  kind: 'emergency',
  channel: 'facebook',
  raisedAt: new Date('2026-11-23T12:00:00.000Z'),
  url: alertLink('https://bedside.example-hospital.org', COMMENT_ID),
};

describe('alertLink', () => {
  it('points at the comment in the dashboard inbox', () => {
    expect(alertLink('https://bedside.example-hospital.org', 'abc')).toBe(
      'https://bedside.example-hospital.org/inbox/abc',
    );
  });
});

describe('webhookPayload', () => {
  it('holds exactly the ids, labels, time and link, and nothing else', () => {
    expect(webhookPayload(notice)).toEqual({
      type: 'bedside.alert',
      alertId: notice.alertId,
      commentId: COMMENT_ID,
      kind: 'emergency',
      urgency: 'critical',
      channel: 'facebook',
      raisedAt: '2026-11-23T12:00:00.000Z',
      url: `https://bedside.example-hospital.org/inbox/${COMMENT_ID}`,
    });
  });

  it('copies no extra field it is handed (a row with text and author must not leak)', () => {
    const row = { ...notice, text: 'my dad has chest pain', authorName: 'Pat Example' };
    const body = JSON.stringify(webhookPayload(row));
    expect(body).not.toContain('chest pain');
    expect(body).not.toContain('Pat Example');
  });
});

describe('signBody', () => {
  it('is sha256= and the hex HMAC-SHA256 of the raw body with the secret', () => {
    const body = JSON.stringify(webhookPayload(notice));
    const expected = createHmac('sha256', 'a-long-shared-secret').update(body).digest('hex');
    expect(signBody(body, 'a-long-shared-secret')).toBe(`sha256=${expected}`);
  });

  it.each([
    ['another secret', '{"a":1}'],
    ['a-long-shared-secret', '{"a":2}'],
  ])('changes with the secret or the body (%s, %s)', (secret, body) => {
    expect(signBody(body, secret)).not.toBe(signBody('{"a":1}', 'a-long-shared-secret'));
  });
});

describe('alertEmail', () => {
  it.each([
    ['emergency', 'facebook', 'Bedside: emergency comment on Facebook needs attention now'],
    ['self_harm', 'instagram', 'Bedside: self-harm comment on Instagram needs attention now'],
    [
      'emergency',
      'google_review',
      'Bedside: emergency comment on Google reviews needs attention now',
    ],
  ] as const)('a %s alert on %s has the subject "%s"', (kind, channel, subject) => {
    expect(alertEmail({ ...notice, kind, channel }).subject).toBe(subject);
  });

  it('gives the link, the kind, the channel and the time in UTC', () => {
    const { text } = alertEmail(notice);
    expect(text).toContain(`Open it in Bedside: ${notice.url}`);
    expect(text).toContain(
      'A comment on Facebook was triaged as emergency (urgency: critical) at 2026-11-23 12:00 UTC.',
    );
  });
});
