import { buildSchemaDocument } from '@bedside/server';
import { buildSchema } from 'graphql';

import { INGEST, type IngestReportShape } from './fixtures';
import { signInAs } from './sessions';
import { createTestApp, type TestApp } from './test-app';
import { subscribe } from './ws-client';

const INBOX_CHANGED = /* GraphQL */ `
  subscription {
    inboxChanged {
      kind
      change
      commentIds
      count
      byUserId
      comments {
        id
        status
      }
    }
  }
`;

interface InboxChanged {
  inboxChanged: {
    kind: string;
    change: string | null;
    commentIds: string[];
    count: number;
    byUserId: string | null;
    comments: { id: string; status: string }[];
  };
}

function comment(externalId: string, text: string) {
  return {
    channel: 'FACEBOOK',
    externalId,
    authorName: 'A commenter',
    text,
    createdAt: '2026-11-23T11:00:00.000Z',
  };
}

describe('live updates over GraphQL subscriptions (graphql-ws)', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await createTestApp();
  });

  afterAll(async () => {
    await test.close();
  });

  it('refuses every subscription of the schema to an anonymous socket', async () => {
    const schema = buildSchema(await buildSchemaDocument());
    const fields = Object.values(schema.getSubscriptionType()?.getFields() ?? {});
    expect(fields.map((field) => field.name)).toContain('inboxChanged');
    for (const field of fields) {
      const args = field.args.map((arg) => `${arg.name}: "x"`).join(', ');
      const selection = field.name === 'inboxChanged' ? '{ kind }' : '{ __typename }';
      const anonymous = subscribe(
        test,
        `subscription { ${field.name}${args ? `(${args})` : ''} ${selection} }`,
        { as: 'anonymous' },
      );
      await expect(anonymous.closed).resolves.toBe(4401);
      await anonymous.dispose();
    }
  });

  it('refuses a socket opened from another origin, even with a valid session', async () => {
    const dana = await signInAs(test, { email: 'dana@example.org', displayName: 'Dana', role: 'agent' });
    const foreign = subscribe(test, INBOX_CHANGED, {
      as: { cookie: dana.cookie },
      origin: 'https://evil.example',
    });
    await expect(foreign.closed).resolves.toBe(4403);
    await foreign.dispose();
  });

  it('pushes new comments and status changes to every open inbox', async () => {
    const agent = await test.tokenFor('agent');
    const sam = await signInAs(test, { email: 'sam@example.org', displayName: 'Sam', role: 'agent' });
    const viaToken = subscribe<InboxChanged>(test, INBOX_CHANGED, { as: { bearer: agent } });
    const viaCookie = subscribe<InboxChanged>(test, INBOX_CHANGED, {
      as: { cookie: sam.cookie },
      origin: test.url,
    });
    // Subscriptions start once the socket is acknowledged: give both a moment.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const ingested = await test.gql<IngestReportShape>(INGEST, {
      comments: [comment('rt-1', 'Thank you to the night nurses!'), comment('rt-2', 'Parking is $20??')],
    });
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data?.ingestComments.accepted).toBe(2);
    for (const subscription of [viaToken, viaCookie]) {
      const pushed = await subscription.next();
      expect(pushed.errors).toBeUndefined();
      expect(pushed.data?.inboxChanged).toMatchObject({
        kind: 'COMMENTS_ADDED',
        change: null,
        count: 2,
        comments: [],
      });
      expect(pushed.data?.inboxChanged.commentIds).toHaveLength(2);
    }

    const list = await test.gql<{ comments: { edges: { node: { id: string } }[] } }>(
      '{ comments(first: 1) { edges { node { id } } } }',
    );
    const commentId = list.data?.comments.edges[0]?.node.id as string;
    const update = await fetch(`${test.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sam.cookie },
      body: JSON.stringify({
        query: 'mutation($input: UpdateCommentStatusInput!) { updateCommentStatus(input: $input) { id } }',
        variables: { input: { id: commentId, status: 'CLOSED' } },
      }),
    });
    expect(update.status).toBe(200);
    const pushed = await viaCookie.next();
    expect(pushed.data?.inboxChanged).toEqual({
      kind: 'COMMENTS_UPDATED',
      change: 'STATUS',
      commentIds: [commentId],
      count: 1,
      byUserId: sam.id,
      comments: [{ id: commentId, status: 'CLOSED' }],
    });
    await viaToken.dispose();
    await viaCookie.dispose();
  });

  it('pushes a raised critical alert to every open dashboard', async () => {
    const live = subscribe<{ alertsChanged: { kind: string; alertIds: string[] } }>(
      test,
      'subscription { alertsChanged { kind alertIds } }',
      { as: { bearer: await test.tokenFor('agent') } },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await test.gql(INGEST, {
      comments: [comment('rt-911', 'My dad has chest pain right now and cannot breathe')],
    });
    const pushed = await live.next();
    expect(pushed.data?.alertsChanged.kind).toBe('RAISED');
    expect(pushed.data?.alertsChanged.alertIds).toHaveLength(1);
    await live.dispose();
  });

  it('closes the socket of a session that signs out', async () => {
    const lee = await signInAs(test, { email: 'lee@example.org', displayName: 'Lee', role: 'agent' });
    const live = subscribe<InboxChanged>(test, INBOX_CHANGED, { as: { cookie: lee.cookie } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await test.gql('mutation { signOut }', {}, { cookie: lee.cookie });
    await expect(live.closed).resolves.toBe(4401);
    await live.dispose();
  });
});
