import { ChannelPoller, ReplyOutboxWorker, WebhookInboxWorker } from '@bedside/server';
import { DataSource } from 'typeorm';

import { type SignedInUser, signInAs } from './sessions';
import {
  deliver,
  type FakeGraphApi,
  metaDelivery,
  startFakeGraphApi,
} from './support/fake-graph-api';
import { waitFor } from './support/wait-for';
import { createTestApp, dialectsUnderTest, type TestApp } from './test-app';
import { subscribe } from './ws-client';

const PAGE_ID = '104829301234567';
const POST_ID = `${PAGE_ID}_998877665544332`;
const APP_SECRET = 'riverbend-app-secret-0123456789';
const VERIFY_TOKEN = 'riverbend-verify';
const ACCESS_TOKEN = 'EAAB-page-token-do-not-leak';
/** 2026-11-23T11:00:00Z: an hour before the test clock. */
const CREATED = 1_795_950_000;

const CONNECT = /* GraphQL */ `
  mutation Connect($input: ConnectChannelInput!) {
    connectChannel(input: $input) {
      id
      displayName
      externalAccountId
      connection {
        state
        health
        credentialNames
        webhookPath
        canPostReplies
        canHide
      }
    }
  }
`;

const CHANNELS = /* GraphQL */ `
  query Channels {
    channels {
      id
      kind
      connection {
        state
        health
        healthMessage
        failingSince
        nextPollAt
        lastItemAt
        lastWebhookAt
        itemsReceived
      }
    }
  }
`;

interface ConnectionShape {
  state: string;
  health: string;
  healthMessage: string | null;
  failingSince: string | null;
  nextPollAt: string | null;
  lastItemAt: string | null;
  lastWebhookAt: string | null;
  itemsReceived: number;
}

describe.each(dialectsUnderTest())('channel connections on %s', (dialect) => {
  let test: TestApp;
  let graph: FakeGraphApi;
  let channelId: string;
  let connected: { health: string; credentialNames: string[]; webhookPath: string };
  let dataSource: DataSource;
  let sequence = 0;

  const nextCommentId = (): string => `998877665544332_${1_000_000 + (sequence += 1)}`;

  async function commentsInDb(): Promise<
    { external_id: string; text: string; revision: number; deleted_at: unknown; status: string }[]
  > {
    return rows(
      `SELECT "external_id", "text", "revision", "deleted_at", "status" FROM "comments" WHERE "channel_id" = ? ORDER BY "external_id"`,
      [channelId],
    );
  }

  /** Rows of a read-only query; `?` placeholders, numbered for PostgreSQL. */
  async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    let index = 0;
    const text = dialect === 'postgres' ? sql.replace(/\?/g, () => `$${(index += 1)}`) : sql;
    return dataSource.query<T[]>(text, params);
  }

  async function row<T>(sql: string, params: unknown[] = []): Promise<T> {
    const [first] = await rows<T>(sql, params);
    if (!first) {
      throw new Error(`no row for ${sql}`);
    }
    return first;
  }

  async function connection(): Promise<ConnectionShape> {
    const result = await test.gql<{ channels: { id: string; connection: ConnectionShape }[] }>(
      CHANNELS,
    );
    const channel = result.data?.channels.find((item) => item.id === channelId);
    return channel?.connection as ConnectionShape;
  }

  beforeAll(async () => {
    test = await createTestApp({ dialect });
    dataSource = test.app.get(DataSource);
    graph = await startFakeGraphApi(PAGE_ID);
    const result = await test.gql<{
      connectChannel: {
        id: string;
        connection: { health: string; credentialNames: string[]; webhookPath: string };
      };
    }>(CONNECT, {
      input: {
        kind: 'FACEBOOK',
        displayName: 'Riverbend on Facebook',
        accountRef: PAGE_ID,
        credentials: [
          { name: 'accessToken', value: ACCESS_TOKEN },
          { name: 'appSecret', value: APP_SECRET },
          { name: 'verifyToken', value: VERIFY_TOKEN },
        ],
        baseUrl: graph.baseUrl,
        settingsJson: JSON.stringify({ requestTimeoutMs: 400 }),
      },
    });
    if (!result.data) {
      throw new Error(`connectChannel failed: ${JSON.stringify(result.errors)}`);
    }
    channelId = result.data.connectChannel.id;
    connected = result.data.connectChannel.connection;
  }, 60_000);

  afterAll(async () => {
    await test?.close();
    await graph?.close();
  });

  it('connects a channel that waits for its first contact and names its credentials', () => {
    expect(connected).toMatchObject({
      health: 'PENDING',
      credentialNames: ['accessToken', 'appSecret', 'verifyToken'],
      webhookPath: '/webhooks/facebook',
    });
  });

  it('stores credentials encrypted and never returns or audits them', async () => {
    const stored = await row<{ credentials: string }>(
      `SELECT "credentials" FROM "channel_connections"`,
    );
    expect(stored.credentials).toMatch(/^v1:/);
    expect(stored.credentials).not.toContain(ACCESS_TOKEN);
    expect(stored.credentials).not.toContain(APP_SECRET);
    const audit = await rows<{ details: string | null }>(
      `SELECT "details" FROM "audit_events" WHERE "action" = 'channel.connected'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toContain('accessToken');
    expect(audit[0].details).not.toContain(ACCESS_TOKEN);
    const agent = await test.tokenFor('agent');
    const refused = await test.gql(
      CONNECT,
      { input: { kind: 'X', displayName: 'x', accountRef: '1', credentials: [] } },
      { bearer: agent },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers the Meta verification handshake only with the verify token', async () => {
    const ok = await fetch(
      `${test.url}/webhooks/facebook?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(
      `${test.url}/webhooks/facebook?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`,
    );
    expect(wrong.status).toBe(403);
  });

  it('refuses a forged or missing signature with 401 and stores nothing', async () => {
    const delivery = metaDelivery(APP_SECRET, PAGE_ID, {
      verb: 'add',
      commentId: nextCommentId(),
      postId: POST_ID,
      message: 'Forged comment',
      createdTime: CREATED,
    });
    const forged = metaDelivery('not-the-secret', PAGE_ID, {
      verb: 'add',
      commentId: nextCommentId(),
      postId: POST_ID,
      message: 'Forged comment',
      createdTime: CREATED,
    });
    expect(await deliver(test.url, { body: delivery.body })).toBe(401);
    expect(await deliver(test.url, { body: delivery.body, signature: forged.signature })).toBe(401);
    // The signature of another body: the bytes changed in transit.
    expect(
      await deliver(test.url, { body: `${delivery.body} `, signature: delivery.signature }),
    ).toBe(401);
    await test.app.get(WebhookInboxWorker).drain();
    const inbox = await row<{ count: number | string }>(
      `SELECT COUNT(*) AS "count" FROM "webhook_inbox"`,
    );
    expect(Number(inbox.count)).toBe(0);
    expect(await commentsInDb()).toEqual([]);
  });

  it('stores one comment for a delivery sent three times, follows edits and deletions', async () => {
    const commentId = nextCommentId();
    const added = metaDelivery(APP_SECRET, PAGE_ID, {
      verb: 'add',
      commentId,
      postId: POST_ID,
      message: 'Thank you to the night nurses on 4 West!',
      createdTime: CREATED,
    });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await deliver(test.url, added)).toBe(200);
    }
    await test.app.get(WebhookInboxWorker).drain();
    let rows = await commentsInDb();
    expect(rows.filter((row) => row.external_id === commentId)).toHaveLength(1);

    const edited = metaDelivery(APP_SECRET, PAGE_ID, {
      verb: 'edited',
      commentId,
      postId: POST_ID,
      message: 'Thank you to the night nurses on 4 West and the ED team!',
      createdTime: CREATED + 60,
    });
    expect(await deliver(test.url, edited)).toBe(200);
    await test.app.get(WebhookInboxWorker).drain();
    // A replay of the older "add", with a new envelope time: older than what is stored.
    const replay = metaDelivery(APP_SECRET, PAGE_ID, {
      verb: 'add',
      commentId,
      postId: POST_ID,
      message: 'Thank you to the night nurses on 4 West!',
      createdTime: CREATED + 1,
    });
    expect(await deliver(test.url, replay)).toBe(200);
    await test.app.get(WebhookInboxWorker).drain();
    rows = await commentsInDb();
    const stored = rows.find((row) => row.external_id === commentId);
    expect(stored).toMatchObject({
      text: 'Thank you to the night nurses on 4 West and the ED team!',
      revision: 2,
    });

    const removed = metaDelivery(APP_SECRET, PAGE_ID, {
      verb: 'remove',
      commentId,
      postId: POST_ID,
      createdTime: CREATED + 120,
    });
    expect(await deliver(test.url, removed)).toBe(200);
    await test.app.get(WebhookInboxWorker).drain();
    rows = await commentsInDb();
    expect(rows.find((row) => row.external_id === commentId)?.deleted_at).toBeTruthy();
    const status = await connection();
    expect(status.lastWebhookAt).not.toBeNull();
    expect(status.itemsReceived).toBeGreaterThanOrEqual(3);
  });

  it('pushes a comment received by webhook to open dashboards within a second', async () => {
    const inbox = subscribe<{ inboxChanged: { kind: string; commentIds: string[] } }>(
      test,
      `subscription { inboxChanged { kind commentIds } }`,
      { as: { bearer: test.adminToken } },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = Date.now();
      const delivery = metaDelivery(APP_SECRET, PAGE_ID, {
        verb: 'add',
        commentId: nextCommentId(),
        postId: POST_ID,
        message: 'My dad has chest pain right now, which entrance do we use?',
        createdTime: CREATED,
      });
      expect(await deliver(test.url, delivery)).toBe(200);
      const pushed = await inbox.next(1000);
      expect(pushed.data?.inboxChanged.kind).toBe('COMMENTS_ADDED');
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      await inbox.dispose();
    }
  });

  it('skips the page’s own replies echoed back by the feed webhook', async () => {
    const echo = metaDelivery(APP_SECRET, PAGE_ID, {
      verb: 'add',
      commentId: nextCommentId(),
      postId: POST_ID,
      message: 'Thank you for the kind words!',
      createdTime: CREATED,
      from: { id: PAGE_ID, name: 'Riverbend Medical Center' },
    });
    const before = (await commentsInDb()).length;
    expect(await deliver(test.url, echo)).toBe(200);
    await test.app.get(WebhookInboxWorker).drain();
    expect(await commentsInDb()).toHaveLength(before);
  });

  it('loses none of a burst of 5,000 webhook deliveries over loopback', async () => {
    const before = (await commentsInDb()).length;
    const deliveries = Array.from({ length: 5000 }, (_, index) =>
      metaDelivery(APP_SECRET, PAGE_ID, {
        verb: 'add',
        commentId: `burst_${index}`,
        postId: POST_ID,
        message: `Burst comment ${index}: the parking garage was full again today.`,
        createdTime: CREATED,
      }),
    );
    const started = performance.now();
    let next = 0;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < deliveries.length) {
          const delivery = deliveries[next++];
          statuses.push(await deliver(test.url, delivery));
        }
      }),
    );
    const acknowledgedMs = performance.now() - started;
    expect(statuses.filter((status) => status === 200)).toHaveLength(5000);
    await test.app.get(WebhookInboxWorker).drain();
    const storedMs = performance.now() - started;
    const rows = await commentsInDb();
    expect(rows.filter((row) => row.external_id.startsWith('burst_'))).toHaveLength(5000);
    expect(rows).toHaveLength(before + 5000);
    console.log(
      `[${dialect}] webhook burst: 5,000 deliveries acknowledged in ${Math.round(acknowledgedMs)} ms ` +
        `(${Math.round(5000 / (acknowledgedMs / 1000))}/s), all stored after ${Math.round(storedMs)} ms`,
    );
  }, 120_000);

  it('polls published posts, stores new comments once and keeps the cursor', async () => {
    const now = test.clock.now();
    graph.posts.push({
      id: POST_ID,
      created_time: new Date(now.getTime() - 3_600_000).toISOString().replace('Z', '+0000'),
      updated_time: new Date(now.getTime() - 60_000).toISOString().replace('Z', '+0000'),
    });
    graph.comments.push({
      id: 'poll_1',
      message: 'How do I get a copy of my vaccination record?',
      from: { id: '555', name: 'Avery Chen' },
      created_time: new Date(now.getTime() - 120_000).toISOString().replace('Z', '+0000'),
      parentId: POST_ID,
      postId: POST_ID,
    });
    const poller = test.app.get(ChannelPoller);
    const first = await poller.pollNow(channelId);
    expect(first).toMatchObject({ ok: true, stored: 1 });
    const second = await poller.pollNow(channelId);
    expect(second).toMatchObject({ ok: true, stored: 0 });
    const saved = await row<{ poll_cursor: string | null }>(
      `SELECT "poll_cursor" FROM "channel_connections"`,
    );
    expect(saved.poll_cursor).toBeTruthy();
    const status = await connection();
    expect(status).toMatchObject({ health: 'HEALTHY', failingSince: null });
    expect(status.nextPollAt).not.toBeNull();
  });

  it('backs off on 5xx and 429 and stops polling on an expired token', async () => {
    const poller = test.app.get(ChannelPoller);
    graph.failNext(1, 500, { error: { code: 2, message: 'Service temporarily unavailable' } });
    const failed = await poller.pollNow(channelId);
    expect(failed.ok).toBe(false);
    let status = await connection();
    expect(status.health).toBe('FAILING');
    expect(status.failingSince).not.toBeNull();
    expect(new Date(status.nextPollAt!).getTime()).toBeGreaterThan(test.clock.now().getTime());

    graph.failNext(
      1,
      429,
      { error: { code: 32, message: 'Page request limit reached' } },
      {
        'retry-after': '120',
      },
    );
    await poller.pollNow(channelId);
    status = await connection();
    expect(status.health).toBe('RATE_LIMITED');

    graph.failNext(1, 401, {
      error: {
        code: 190,
        error_subcode: 463,
        message: 'Session has expired',
        type: 'OAuthException',
      },
    });
    await poller.pollNow(channelId);
    status = await connection();
    expect(status.health).toBe('TOKEN_EXPIRED');
    expect(status.nextPollAt).toBeNull();
    expect(status.healthMessage).not.toContain(ACCESS_TOKEN);

    // New credentials: polled again at once, healthy.
    const updated = await test.gql(
      /* GraphQL */ `
        mutation Update($id: ID!, $input: UpdateChannelConnectionInput!) {
          updateChannelConnection(channelId: $id, input: $input) {
            id
          }
        }
      `,
      { id: channelId, input: { credentials: [{ name: 'accessToken', value: 'EAAB-new-token' }] } },
    );
    expect(updated.errors).toBeUndefined();
    // The change itself schedules a poll at once; the channel recovers without a button.
    await waitFor('the channel to recover', connection, (value) => value.health === 'HEALTHY');
  });

  describe('replies and moderation through the connector', () => {
    let reviewer: SignedInUser;

    async function approvedReplyTo(text: string): Promise<{ commentId: string; replyId: string }> {
      const externalId = nextCommentId();
      expect(
        await deliver(
          test.url,
          metaDelivery(APP_SECRET, PAGE_ID, {
            verb: 'add',
            commentId: externalId,
            postId: POST_ID,
            message: text,
            createdTime: CREATED,
          }),
        ),
      ).toBe(200);
      graph.comments.push({
        id: externalId,
        message: text,
        from: { id: '7712345678901234', name: 'Jordan Lee' },
        created_time: new Date(CREATED * 1000).toISOString(),
        parentId: POST_ID,
        postId: POST_ID,
      });
      await test.app.get(WebhookInboxWorker).drain();
      const { id: commentId } = await row<{ id: string }>(
        `SELECT "id" FROM "comments" WHERE "external_id" = ?`,
        [externalId],
      );
      const saved = await test.gql<{ saveReply: { id: string } }>(
        /* GraphQL */ `
          mutation Save($input: SaveReplyInput!) {
            saveReply(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            commentId,
            body: 'Thank you for sharing this. We will pass your kind words on to the team.',
          },
        },
        { cookie: reviewer.cookie },
      );
      expect(saved.errors).toBeUndefined();
      const replyId = saved.data!.saveReply.id;
      const submitted = await test.gql<{ submitReply: { status: string } }>(
        `mutation($id: ID!) { submitReply(replyId: $id) { status } }`,
        { id: replyId },
        { cookie: reviewer.cookie },
      );
      expect(submitted.data?.submitReply.status).toBe('APPROVED');
      return { commentId, replyId };
    }

    async function replyState(replyId: string, commentId: string) {
      const result = await test.gql<{
        comment: {
          status: string;
          teamReplies: {
            id: string;
            status: string;
            delivery: string | null;
            posting: {
              state: string;
              attempts: number;
              error: string | null;
              externalId: string | null;
            } | null;
          }[];
        };
      }>(
        /* GraphQL */ `
          query Reply($id: ID!) {
            comment(id: $id) {
              status
              teamReplies {
                id
                status
                delivery
                posting {
                  state
                  attempts
                  error
                  externalId
                }
              }
            }
          }
        `,
        { id: commentId },
      );
      const comment = result.data!.comment;
      return {
        ...comment.teamReplies.find((reply) => reply.id === replyId)!,
        commentStatus: comment.status,
      };
    }

    beforeAll(async () => {
      await test.gql(
        `mutation { updateOrganisationSettings(input: { approvalPolicy: NONE }) { approvalPolicy } }`,
      );
      reviewer = await signInAs(test, {
        email: `rita.${dialect}@riverbend.example.org`,
        displayName: 'Rita Reviewer',
        role: 'reviewer',
      });
    });

    it('posts an approved reply once, and the comment becomes REPLIED', async () => {
      const { commentId, replyId } = await approvedReplyTo(
        'The night nurses on 4 West were wonderful.',
      );
      const sent = await test.gql<{ sendReply: { status: string; delivery: string } }>(
        `mutation($id: ID!) { sendReply(replyId: $id) { status delivery } }`,
        { id: replyId },
        { cookie: reviewer.cookie },
      );
      expect(sent.data?.sendReply).toEqual({ status: 'APPROVED', delivery: 'PLATFORM' });
      await test.app.get(ReplyOutboxWorker).drain();
      const state = await replyState(replyId, commentId);
      expect(state).toMatchObject({ status: 'SENT', commentStatus: 'REPLIED' });
      expect(state.posting).toMatchObject({ state: 'POSTED', attempts: 1 });
      const posts = graph.calls.filter(
        (call) => call.method === 'POST' && call.path.endsWith('/comments'),
      );
      expect(posts.filter((call) => call.body.includes('kind+words'))).toHaveLength(1);
    });

    it('does not post twice when the platform accepted a reply but the answer timed out', async () => {
      const { commentId, replyId } = await approvedReplyTo('Shout-out to the ED team tonight.');
      const postsBefore = graph.calls.filter((call) => call.method === 'POST').length;
      graph.delayNextReply(1500); // the connection's request time-out is 400 ms
      await test.gql(
        `mutation($id: ID!) { sendReply(replyId: $id) { status } }`,
        { id: replyId },
        {
          cookie: reviewer.cookie,
        },
      );
      await test.app.get(ReplyOutboxWorker).drain();
      let state = await replyState(replyId, commentId);
      expect(state.posting).toMatchObject({ state: 'QUEUED', attempts: 1 });
      expect(state.status).toBe('APPROVED');
      // The retry is due after its backoff; the platform has the reply by now.
      await new Promise((resolve) => setTimeout(resolve, 1600));
      test.clock.advance(60_000);
      await test.app.get(ReplyOutboxWorker).drain();
      state = await replyState(replyId, commentId);
      expect(state).toMatchObject({ status: 'SENT', commentStatus: 'REPLIED' });
      expect(state.posting).toMatchObject({ state: 'POSTED', attempts: 2 });
      const posts = graph.calls.filter((call) => call.method === 'POST').length - postsBefore;
      expect(posts).toBe(1);
      const audit = await row<{ details: string }>(
        `SELECT "details" FROM "audit_events" WHERE "action" = 'reply.sent' ORDER BY "seq" DESC LIMIT 1`,
      );
      expect(JSON.parse(audit.details)).toMatchObject({ foundAfterUnknownOutcome: true });
    }, 30_000);

    it('fails a reply with a clear reason on a permanent error and lets it be retried', async () => {
      const { commentId, replyId } = await approvedReplyTo('Parking was easy today, thanks.');
      graph.failNext(1, 400, {
        error: {
          code: 100,
          error_subcode: 33,
          message: 'Object does not exist',
          type: 'GraphMethodException',
        },
      });
      await test.gql(
        `mutation($id: ID!) { sendReply(replyId: $id) { status } }`,
        { id: replyId },
        {
          cookie: reviewer.cookie,
        },
      );
      await test.app.get(ReplyOutboxWorker).drain();
      let state = await replyState(replyId, commentId);
      expect(state.posting?.state).toBe('FAILED');
      expect(state.posting?.error).toBeTruthy();
      expect(state.status).toBe('APPROVED');
      const failedAudit = await row<{ details: string }>(
        `SELECT "details" FROM "audit_events" WHERE "action" = 'reply.delivery_failed' ORDER BY "seq" DESC LIMIT 1`,
      );
      expect(JSON.parse(failedAudit.details)).toMatchObject({ errorKind: 'not_found' });
      const retried = await test.gql(
        `mutation($id: ID!) { retryReplyDelivery(replyId: $id) { status } }`,
        { id: replyId },
        { cookie: reviewer.cookie },
      );
      expect(retried.errors).toBeUndefined();
      await test.app.get(ReplyOutboxWorker).drain();
      state = await replyState(replyId, commentId);
      expect(state).toMatchObject({ status: 'SENT', commentStatus: 'REPLIED' });
    });

    it('deletes spam on the platform for a reviewer, and hides it in Bedside', async () => {
      const { commentId } = await approvedReplyTo('Cheap followers at followers.example, DM now');
      const agentToken = await test.tokenFor('agent');
      const DELETE = `mutation($id: ID!) { deleteCommentOnPlatform(input: { commentId: $id, reasonCode: SPAM_SCAM }) { kind platform reasonCode } }`;
      const refused = await test.gql(DELETE, { id: commentId }, { bearer: agentToken });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const deleted = await test.gql<{
        deleteCommentOnPlatform: { kind: string; platform: string };
      }>(DELETE, { id: commentId }, { cookie: reviewer.cookie });
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data?.deleteCommentOnPlatform).toMatchObject({
        kind: 'HIDE',
        platform: 'DONE',
      });
      const stored = await row<{ external_id: string; status: string; deleted_at: unknown }>(
        `SELECT "external_id", "status", "deleted_at" FROM "comments" WHERE "id" = ?`,
        [commentId],
      );
      expect(stored.status).toBe('hidden');
      expect(stored.deleted_at).toBeTruthy();
      expect(
        graph.calls.some(
          (call) => call.method === 'DELETE' && call.path === `/${stored.external_id}`,
        ),
      ).toBe(true);
      const again = await test.gql(DELETE, { id: commentId }, { cookie: reviewer.cookie });
      expect(again.errors?.[0]?.message).toMatch(/already deleted/);
    });

    it('hides a comment on the platform when it is hidden in Bedside', async () => {
      const { commentId } = await approvedReplyTo('Buy followers cheap at spam.example');
      const hidden = await test.gql<{ hideComment: { platform: string } }>(
        `mutation($id: ID!) { hideComment(input: { commentId: $id, reasonCode: SPAM_SCAM }) { platform } }`,
        { id: commentId },
        { cookie: reviewer.cookie },
      );
      expect(hidden.errors).toBeUndefined();
      const { external_id: externalId } = await row<{ external_id: string }>(
        `SELECT "external_id" FROM "comments" WHERE "id" = ?`,
        [commentId],
      );
      await waitFor(
        'the hide on the platform',
        () => graph.comments.find((comment) => comment.id === externalId)?.is_hidden,
        (value) => value === true,
      );
    });
  });
});
