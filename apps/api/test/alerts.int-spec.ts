import { createHmac } from 'node:crypto';
import * as http from 'node:http';
import { type AddressInfo } from 'node:net';

import { AlertDispatcher, AlertsService, AuthService, UsersService } from '@bedside/server';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';

import { commentRow, INGEST, type IngestReportShape } from './fixtures';
import { waitFor } from './support/wait-for';
import { createTestApp, dialectsUnderTest, type TestApp } from './test-app';

const SECRET = 'a-long-shared-webhook-secret';
const PUBLIC_URL = 'https://bedside.example-hospital.org';
const EMERGENCY = "my dad has chest pain right now and can't breathe";
const SELF_HARM = "I don't want to be alive anymore, I have the pills ready tonight";
/** Words of the comments and their authors that must never leave Bedside in an alert. */
const PHI_FRAGMENTS = ['chest pain', 'breathe', 'alive', 'pills', 'Pat Example', 'pat_example'];

const OPEN_ALERTS = /* GraphQL */ `
  query OpenAlerts {
    openAlerts(first: 50) {
      id
      kind
      raisedAt
      acknowledgedAt
      acknowledgedBy
      comment {
        id
        externalId
        channel {
          kind
        }
      }
      deliveries {
        transport
        status
        attempts
        sentAt
        lastError
      }
    }
  }
`;

const ACKNOWLEDGE = /* GraphQL */ `
  mutation Acknowledge($input: AcknowledgeAlertInput!) {
    acknowledgeAlert(input: $input) {
      id
      acknowledgedAt
      acknowledgedBy
    }
  }
`;

interface AlertShape {
  id: string;
  kind: string;
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  comment: { id: string; externalId: string; channel: { kind: string } };
  deliveries: {
    transport: string;
    status: string;
    attempts: number;
    sentAt: string | null;
    lastError: string | null;
  }[];
}

interface ReceivedHook {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on a free local port; `failures` answers that many requests with a 500. */
class WebhookReceiver {
  readonly received: ReceivedHook[] = [];
  failures = 0;
  private readonly server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const status = this.failures > 0 ? 500 : 204;
      this.failures = Math.max(0, this.failures - 1);
      this.received.push({
        status,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(status).end();
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/bedside`;
  }

  forComment(commentId: string): ReceivedHook[] {
    return this.received.filter(
      (hook) => (JSON.parse(hook.body) as { commentId: string }).commentId === commentId,
    );
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

interface ReceivedMail {
  to: string[];
  /** The message with quoted-printable decoded, headers included. */
  message: string;
}

/** A real SMTP server (smtp-server) on a free local port that keeps what it is sent. */
class MailReceiver {
  readonly received: ReceivedMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        this.received.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          message: decodeQuotedPrintable(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  forComment(commentId: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.message.includes(`/inbox/${commentId}`));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe.each(dialectsUnderTest())('critical alerts on %s', (dialect) => {
  let test: TestApp;
  let webhook: WebhookReceiver;
  let mail: MailReceiver;
  let cookie: string;

  beforeAll(async () => {
    webhook = new WebhookReceiver();
    mail = new MailReceiver();
    test = await createTestApp({
      dialect,
      env: {
        BEDSIDE_PUBLIC_URL: PUBLIC_URL,
        ALERT_WEBHOOK_URL: await webhook.start(),
        ALERT_WEBHOOK_SECRET: SECRET,
        SMTP_URL: await mail.start(),
        ALERT_EMAIL_FROM: 'Bedside <bedside@example-hospital.org>',
        ALERT_EMAIL_TO: 'social-team@example-hospital.org, on-call@example-hospital.org',
      },
    });
    await test.app.get(UsersService).create({
      email: 'dana@example.org',
      displayName: 'Dana Okafor',
      role: 'agent',
      password: 'dana has a long password',
    });
    const { sessionToken } = await test.app
      .get(AuthService)
      .signIn('dana@example.org', 'dana has a long password');
    cookie = `bedside_session=${sessionToken}`;
  });

  afterAll(async () => {
    await test.close();
    await webhook.stop();
    await mail.stop();
  });

  async function ingest(...rows: ReturnType<typeof commentRow>[]): Promise<void> {
    const result = await test.gql<IngestReportShape>(INGEST, { comments: rows });
    expect(result.errors).toBeUndefined();
    expect(result.data?.ingestComments.accepted).toBe(rows.length);
  }

  async function commentIdOf(externalId: string): Promise<string> {
    const row = await test.app
      .get(DataSource)
      .createQueryBuilder()
      .select('c.id', 'id')
      .from('comments', 'c')
      .where('c.external_id = :externalId', { externalId })
      .getRawOne<{ id: string }>();
    return row!.id;
  }

  /** Raised in the transaction that stored the comment: there as soon as ingestion answers. */
  async function alertIdOf(commentId: string): Promise<string> {
    const row = await test.app
      .get(DataSource)
      .createQueryBuilder()
      .select('a.id', 'id')
      .from('alerts', 'a')
      .where('a.comment_id = :commentId', { commentId })
      .getRawOne<{ id: string }>();
    return row!.id;
  }

  async function openAlerts(): Promise<AlertShape[]> {
    const result = await test.gql<{ openAlerts: AlertShape[] }>(OPEN_ALERTS, {}, { cookie });
    expect(result.errors).toBeUndefined();
    return result.data!.openAlerts;
  }

  async function alertOf(commentId: string): Promise<AlertShape | undefined> {
    return (await openAlerts()).find((alert) => alert.comment.id === commentId);
  }

  it('sends a signed, PHI-free webhook and e-mail for an emergency comment', async () => {
    const sentAt = test.clock.now();
    await ingest(
      commentRow('em-1', EMERGENCY, 1, { authorName: 'Pat Example', authorHandle: 'pat_example' }),
    );
    const commentId = await commentIdOf('em-1');

    const [hook] = await waitFor(
      'the webhook',
      () => webhook.forComment(commentId),
      (hooks) => hooks.length === 1,
    );
    const payload = JSON.parse(hook.body) as Record<string, unknown>;
    expect(payload).toEqual({
      type: 'bedside.alert',
      alertId: await alertIdOf(commentId),
      commentId,
      kind: 'emergency',
      urgency: 'critical',
      channel: 'facebook',
      raisedAt: sentAt.toISOString(),
      url: `${PUBLIC_URL}/inbox/${commentId}`,
    });
    const signature = createHmac('sha256', SECRET).update(hook.body).digest('hex');
    expect(hook.headers['x-bedside-signature']).toBe(`sha256=${signature}`);
    expect(hook.headers['x-bedside-timestamp']).toBe(String(Math.floor(sentAt.getTime() / 1000)));
    expect(hook.headers['content-type']).toBe('application/json');

    const [email] = await waitFor(
      'the e-mail',
      () => mail.forComment(commentId),
      (mails) => mails.length === 1,
    );
    expect(email.to.sort()).toEqual([
      'on-call@example-hospital.org',
      'social-team@example-hospital.org',
    ]);
    expect(email.message).toContain(
      'Subject: Bedside: emergency comment on Facebook needs attention now',
    );
    expect(email.message).toContain(`Open it in Bedside: ${PUBLIC_URL}/inbox/${commentId}`);

    for (const fragment of PHI_FRAGMENTS) {
      expect(hook.body).not.toContain(fragment);
      expect(email.message).not.toContain(fragment);
    }

    const alert = await waitFor(
      'both deliveries recorded as sent',
      () => alertOf(commentId),
      (found) => found?.deliveries.every((delivery) => delivery.status === 'SENT') ?? false,
    );
    expect(alert).toMatchObject({ id: payload['alertId'], kind: 'EMERGENCY' });
    expect(alert!.deliveries).toEqual([
      {
        transport: 'WEBHOOK',
        status: 'SENT',
        attempts: 1,
        sentAt: sentAt.toISOString(),
        lastError: null,
      },
      {
        transport: 'EMAIL',
        status: 'SENT',
        attempts: 1,
        sentAt: sentAt.toISOString(),
        lastError: null,
      },
    ]);
  });

  it('lists open emergency and self-harm alerts newest first, with their comments', async () => {
    await ingest(commentRow('list-1', EMERGENCY, 2));
    test.clock.advance(60_000);
    await ingest(commentRow('list-2', SELF_HARM, 3, { channel: 'instagram' }));
    const [emergencyId, selfHarmId] = [await commentIdOf('list-1'), await commentIdOf('list-2')];

    const alerts = await openAlerts();
    const ours = alerts.filter((alert) => [emergencyId, selfHarmId].includes(alert.comment.id));
    expect(
      ours.map((alert) => [alert.kind, alert.comment.externalId, alert.comment.channel.kind]),
    ).toEqual([
      ['SELF_HARM', 'list-2', 'INSTAGRAM'],
      ['EMERGENCY', 'list-1', 'FACEBOOK'],
    ]);
    expect(ours.every((alert) => alert.acknowledgedAt === null)).toBe(true);
    const raisedAt = alerts.map((alert) => alert.raisedAt);
    expect(raisedAt).toEqual([...raisedAt].sort().reverse());
  });

  it('clears an acknowledged alert from the open list and audits who did it', async () => {
    await ingest(commentRow('ack-1', SELF_HARM, 4));
    const commentId = await commentIdOf('ack-1');
    const alert = (await alertOf(commentId))!;

    const result = await test.gql<{
      acknowledgeAlert: { id: string; acknowledgedAt: string; acknowledgedBy: string };
    }>(ACKNOWLEDGE, { input: { id: alert.id } }, { cookie });
    expect(result.errors).toBeUndefined();
    expect(result.data!.acknowledgeAlert).toEqual({
      id: alert.id,
      acknowledgedAt: test.clock.now().toISOString(),
      acknowledgedBy: 'Dana Okafor',
    });
    expect(await alertOf(commentId)).toBeUndefined();

    // A second press (someone else's banner was a moment behind) changes nothing.
    const again = await test.gql<{ acknowledgeAlert: { acknowledgedBy: string } }>(ACKNOWLEDGE, {
      input: { id: alert.id },
    });
    expect(again.data?.acknowledgeAlert.acknowledgedBy).toBe('Dana Okafor');

    const rows = await test.app
      .get(DataSource)
      .createQueryBuilder()
      .select([
        'e.actor_name AS "actorName"',
        'e.target_id AS "targetId"',
        'e.details AS "details"',
      ])
      .from('audit_events', 'e')
      .where('e.action = :action', { action: 'alert.acknowledged' })
      .andWhere('e.target_id = :commentId', { commentId })
      .getRawMany<{ actorName: string; targetId: string; details: string }>();
    expect(rows).toHaveLength(1);
    expect(rows[0].actorName).toBe('Dana Okafor');
    expect(JSON.parse(rows[0].details)).toEqual({ alertId: alert.id, kind: 'self_harm' });
  });

  it('refuses to acknowledge an alert that does not exist', async () => {
    const result = await test.gql(ACKNOWLEDGE, {
      input: { id: '00000000-0000-7000-8000-000000000000' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('retries a failing webhook with backoff until it is accepted', async () => {
    const dispatcher = test.app.get(AlertDispatcher);
    // Earlier tests' deliveries go out first, so the one failure is this comment's.
    await dispatcher.deliverDue();
    webhook.failures = 1;
    await ingest(commentRow('retry-1', EMERGENCY, 5));
    const commentId = await commentIdOf('retry-1');

    const failed = await waitFor(
      'the failed attempt recorded',
      () => alertOf(commentId),
      (found) => found?.deliveries.find((d) => d.transport === 'WEBHOOK')?.attempts === 1,
    );
    expect(failed!.deliveries.find((d) => d.transport === 'WEBHOOK')).toEqual({
      transport: 'WEBHOOK',
      status: 'PENDING',
      attempts: 1,
      sentAt: null,
      lastError: 'HTTP 500',
    });
    expect(webhook.forComment(commentId).map((hook) => hook.status)).toEqual([500]);

    // Not due yet: the first retry waits 15 s.
    test.clock.advance(14_000);
    await dispatcher.deliverDue();
    expect(webhook.forComment(commentId)).toHaveLength(1);

    test.clock.advance(1_000);
    await dispatcher.deliverDue();
    const hooks = webhook.forComment(commentId);
    expect(hooks.map((hook) => hook.status)).toEqual([500, 204]);
    expect(hooks[1].body).toBe(hooks[0].body);
    const sent = (await alertOf(commentId))!.deliveries.find((d) => d.transport === 'WEBHOOK');
    expect(sent).toEqual({
      transport: 'WEBHOOK',
      status: 'SENT',
      attempts: 2,
      sentAt: test.clock.now().toISOString(),
      lastError: null,
    });
  });

  it('marks a webhook delivery failed after the last attempt', async () => {
    const dispatcher = test.app.get(AlertDispatcher);
    await dispatcher.deliverDue();
    webhook.failures = 10;
    await ingest(commentRow('down-1', SELF_HARM, 8));
    const commentId = await commentIdOf('down-1');
    const webhookOf = async () =>
      (await alertOf(commentId))?.deliveries.find((d) => d.transport === 'WEBHOOK');
    await waitFor('the first attempt', webhookOf, (delivery) => delivery?.attempts === 1);

    for (let attempt = 2; attempt <= 10; attempt += 1) {
      test.clock.advance(15 * 60_000);
      await dispatcher.deliverDue();
    }
    expect(await webhookOf()).toEqual({
      transport: 'WEBHOOK',
      status: 'FAILED',
      attempts: 10,
      sentAt: null,
      lastError: 'HTTP 500',
    });
    test.clock.advance(15 * 60_000);
    await dispatcher.deliverDue();
    expect(webhook.forComment(commentId)).toHaveLength(10);
  });

  it('sends what another process left in the outbox on the next sweep', async () => {
    // As `npx bedside import` does: the alert and its deliveries are stored, nothing is sent.
    await ingest(commentRow('cli-1', 'Where do visitors park?', 9));
    await test.app.get(AlertDispatcher).deliverDue();
    const commentId = await commentIdOf('cli-1');
    await test.app
      .get(DataSource)
      .transaction((manager) =>
        test.app
          .get(AlertsService)
          .raiseFor(
            manager,
            [{ id: commentId, intents: [{ label: 'emergency', confidence: 1 }] }],
            test.clock.now(),
          ),
      );
    expect(webhook.forComment(commentId)).toEqual([]);

    await test.app.get(AlertDispatcher).deliverDue();
    expect(webhook.forComment(commentId)).toHaveLength(1);
    expect(mail.forComment(commentId)).toHaveLength(1);
  });

  it('raises nothing for comments that are not critical; sample alerts show but page nobody', async () => {
    await ingest(
      commentRow('calm-1', 'Where do visitors park?', 6),
      commentRow('calm-2', 'The food was cold and the nurse was rude', 7),
    );
    const sample = await test.gql<{ loadSampleData: { accepted: number } }>(
      'mutation { loadSampleData { accepted } }',
    );
    expect(sample.data?.loadSampleData.accepted).toBeGreaterThan(300);

    const calm = [await commentIdOf('calm-1'), await commentIdOf('calm-2')];
    const alerts = await test.app
      .get(DataSource)
      .createQueryBuilder()
      .select('a.comment_id', 'commentId')
      .from('alerts', 'a')
      .innerJoin('comments', 'c', 'c.id = a.comment_id')
      .innerJoin('channels', 'ch', 'ch.id = c.channel_id')
      .where('a.comment_id IN (:...calm)', { calm })
      .getRawMany();
    expect(alerts).toEqual([]);
    const sampleAlerts = await test.app
      .get(DataSource)
      .createQueryBuilder()
      .select('a.id', 'id')
      .addSelect('(SELECT COUNT(*) FROM alert_deliveries d WHERE d.alert_id = a.id)', 'deliveries')
      .from('alerts', 'a')
      .innerJoin('comments', 'c', 'c.id = a.comment_id')
      .innerJoin('channels', 'ch', 'ch.id = c.channel_id')
      .where('ch.is_sample = :sample', { sample: true })
      .getRawMany<{ id: string; deliveries: string | number }>();
    expect(sampleAlerts.length).toBeGreaterThan(0);
    expect(sampleAlerts.every((alert) => Number(alert.deliveries) === 0)).toBe(true);

    await test.app.get(AlertDispatcher).deliverDue();
    for (const commentId of calm) {
      expect(webhook.forComment(commentId)).toEqual([]);
      expect(mail.forComment(commentId)).toEqual([]);
    }
  });
});
