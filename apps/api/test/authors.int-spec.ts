import { DataSource } from 'typeorm';

import { INGEST, type IngestReportShape } from './fixtures';
import { type SignedInUser, signInAs } from './sessions';
import { createTestApp, dialectsUnderTest, type TestApp } from './test-app';

const AUTHOR = /* GraphQL */ `
  query Author($commentId: ID!, $first: Int, $after: String) {
    author(commentId: $commentId) {
      id
      displayName
      handles
      channels
      commentCount
      firstSeenAt
      lastSeenAt
      flag
      flagChangedByName
      notes {
        body
        writtenByName
      }
      comments(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            externalId
            channel {
              kind
            }
          }
        }
      }
    }
  }
`;

const SET_FLAG = /* GraphQL */ `
  mutation SetFlag($input: SetAuthorFlagInput!) {
    setAuthorFlag(input: $input) {
      id
      flag
      flagChangedByName
    }
  }
`;

const ADD_NOTE = /* GraphQL */ `
  mutation AddNote($input: AddAuthorNoteInput!) {
    addAuthorNote(input: $input) {
      id
      notes {
        body
        writtenByName
      }
    }
  }
`;

const COMMENT = /* GraphQL */ `
  query Comment($id: ID!) {
    comment(id: $id) {
      status
      moderationActions {
        kind
        automatic
        ruleName
        explanation
      }
    }
  }
`;

interface AuthorShape {
  author: {
    id: string;
    displayName: string;
    handles: string[];
    channels: string[];
    commentCount: number;
    firstSeenAt: string;
    lastSeenAt: string;
    flag: string;
    flagChangedByName: string | null;
    notes: { body: string; writtenByName: string }[];
    comments: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; externalId: string; channel: { kind: string } } }[];
    };
  } | null;
}

interface Row {
  channel: string;
  externalId: string;
  text: string;
  createdAt: string;
  authorName?: string;
  authorHandle?: string;
}

/** A note that names someone and their health: it must never reach the audit trail. */
const NOTE = 'Asked twice to stop messaging Dr. Okafor; says she has diabetes.';

describe.each(dialectsUnderTest())('the author panel on %s', (dialect) => {
  let test: TestApp;
  let manager: SignedInUser;
  let agent: SignedInUser;

  async function ingest(rows: Row[]): Promise<Map<string, string>> {
    const result = await test.gql<IngestReportShape>(INGEST, { comments: rows });
    expect(result.errors).toBeUndefined();
    expect(result.data?.ingestComments.accepted).toBe(rows.length);
    const found = await test.gql<{
      comments: { edges: { node: { id: string; externalId: string } }[] };
    }>('{ comments(first: 200) { edges { node { id externalId } } } }');
    return new Map(
      found.data!.comments.edges.map((edge) => [edge.node.externalId, edge.node.id] as const),
    );
  }

  async function author(commentId: string, page: { first?: number; after?: string } = {}) {
    const result = await test.gql<AuthorShape>(
      AUTHOR,
      { commentId, ...page },
      { cookie: agent.cookie },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.author;
  }

  beforeAll(async () => {
    test = await createTestApp({ dialect });
    manager = await signInAs(test, {
      email: 'maria@example.org',
      displayName: 'Maria Manager',
      role: 'manager',
    });
    agent = await signInAs(test, {
      email: 'alex@example.org',
      displayName: 'Alex Agent',
      role: 'agent',
    });
  });
  afterAll(() => test.close());

  it('shows everything one person wrote on every channel, newest first', async () => {
    const ids = await ingest([
      {
        channel: 'facebook',
        externalId: 'jp-fb-1',
        text: 'No thanks to the flu shot.',
        createdAt: '2026-11-20T08:00:00Z',
        authorName: 'Jolene Pruitt',
      },
      {
        channel: 'facebook',
        externalId: 'jp-fb-2',
        text: 'Do your own research.',
        createdAt: '2026-11-20T09:00:00Z',
        authorName: 'Jolène  PRUITT',
      },
      {
        channel: 'google_review',
        externalId: 'jp-g-1',
        text: 'Parking is a joke.',
        createdAt: '2026-11-21T08:00:00Z',
        authorName: 'Jolene Pruitt',
      },
      {
        channel: 'x',
        externalId: 'jp-x-1',
        text: '@northbrookgen still waiting.',
        createdAt: '2026-11-22T08:00:00Z',
        authorName: 'Jolene Pruitt 🌻',
        authorHandle: 'jolene_p',
      },
      {
        channel: 'facebook',
        externalId: 'other-1',
        text: 'Lovely staff.',
        createdAt: '2026-11-22T09:00:00Z',
        authorName: 'Sam Whitacre',
      },
      {
        channel: 'google_review',
        externalId: 'anon-1',
        text: 'Fine.',
        createdAt: '2026-11-22T10:00:00Z',
        authorName: 'A Google User',
      },
    ]);

    const jolene = await author(ids.get('jp-fb-1')!, { first: 3 });
    expect(jolene).toMatchObject({
      id: 'name:jolene pruitt',
      displayName: 'Jolene Pruitt 🌻',
      handles: ['@jolene_p'],
      channels: ['FACEBOOK', 'X', 'GOOGLE_REVIEW'],
      commentCount: 4,
      firstSeenAt: '2026-11-20T08:00:00.000Z',
      lastSeenAt: '2026-11-22T08:00:00.000Z',
      flag: 'NONE',
      notes: [],
    });
    expect(jolene!.comments.totalCount).toBe(4);
    expect(jolene!.comments.pageInfo.hasNextPage).toBe(true);
    const rest = await author(ids.get('jp-x-1')!, {
      first: 3,
      after: jolene!.comments.pageInfo.endCursor!,
    });
    expect(rest!.comments.pageInfo.hasNextPage).toBe(false);
    expect(
      [...jolene!.comments.edges, ...rest!.comments.edges].map((edge) => edge.node.externalId),
    ).toEqual(['jp-x-1', 'jp-g-1', 'jp-fb-2', 'jp-fb-1']);

    expect((await author(ids.get('other-1')!))?.commentCount).toBe(1);
    // "A Google User" is nobody in particular: no panel rather than a crowd of strangers.
    expect(await author(ids.get('anon-1')!)).toBeNull();
  });

  it('keeps the team’s notes about an author, without writing them into the audit trail', async () => {
    const ids = await ingest([
      {
        channel: 'instagram',
        externalId: 'note-1',
        text: 'Where do I park?',
        createdAt: '2026-11-22T11:00:00Z',
        authorName: 'Rob Kettering',
        authorHandle: 'robk',
      },
      {
        channel: 'facebook',
        externalId: 'note-2',
        text: 'Still no answer.',
        createdAt: '2026-11-22T12:00:00Z',
        authorName: 'Rob Kettering',
      },
    ]);
    const added = await test.gql<{ addAuthorNote: { id: string; notes: unknown[] } }>(
      ADD_NOTE,
      { input: { commentId: ids.get('note-1'), body: `  ${NOTE}  ` } },
      { cookie: agent.cookie },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addAuthorNote.notes).toEqual([{ body: NOTE, writtenByName: 'Alex Agent' }]);
    // The same person on another channel has the same notes.
    expect((await author(ids.get('note-2')!))?.notes).toEqual([
      { body: NOTE, writtenByName: 'Alex Agent' },
    ]);

    const empty = await test.gql(
      ADD_NOTE,
      { input: { commentId: ids.get('note-1'), body: '   ' } },
      { cookie: agent.cookie },
    );
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const rows = await test.app
      .get(DataSource)
      .createQueryBuilder()
      .select(['e.actor_name AS "actorName"', 'e.details AS "details"'])
      .from('audit_events', 'e')
      .where('e.action = :action', { action: 'author.note_added' })
      .getRawMany<{ actorName: string; details: string }>();
    expect(rows).toHaveLength(1);
    expect(rows[0].actorName).toBe('Alex Agent');
    expect(rows[0].details).not.toMatch(/Okafor|diabetes|messaging/);
  });

  it('lets a manager block an author, whose new comments are then hidden automatically', async () => {
    const ids = await ingest([
      {
        channel: 'facebook',
        externalId: 'block-1',
        text: 'You people are clowns.',
        createdAt: '2026-11-22T13:00:00Z',
        authorName: 'Mike Haverkamp',
      },
    ]);
    const byAgent = await test.gql(
      SET_FLAG,
      { input: { commentId: ids.get('block-1'), flag: 'BLOCK' } },
      { cookie: agent.cookie },
    );
    expect(byAgent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const blocked = await test.gql<{ setAuthorFlag: { flag: string; flagChangedByName: string } }>(
      SET_FLAG,
      { input: { commentId: ids.get('block-1'), flag: 'BLOCK' } },
      { cookie: manager.cookie },
    );
    expect(blocked.errors).toBeUndefined();
    expect(blocked.data?.setAuthorFlag).toMatchObject({
      flag: 'BLOCK',
      flagChangedByName: 'Maria Manager',
    });
    // What they already posted stays as it was.
    expect(
      (await test.gql<{ comment: { status: string } }>(COMMENT, { id: ids.get('block-1') })).data
        ?.comment.status,
    ).toBe('NEW');

    const next = await ingest([
      {
        channel: 'instagram',
        externalId: 'block-2',
        text: 'Still clowns.',
        createdAt: '2026-11-22T14:00:00Z',
        authorName: 'Mike Haverkamp',
        authorHandle: 'bigmike_plows',
      },
      {
        channel: 'instagram',
        externalId: 'block-3',
        text: 'Great care, thanks.',
        createdAt: '2026-11-22T14:01:00Z',
        authorName: 'Lauren Faye',
        authorHandle: 'laurenfaye',
      },
    ]);
    const hidden = await test.gql<{
      comment: { status: string; moderationActions: Record<string, unknown>[] };
    }>(COMMENT, { id: next.get('block-2') });
    expect(hidden.data?.comment).toEqual({
      status: 'HIDDEN',
      moderationActions: [
        {
          kind: 'HIDE',
          automatic: true,
          ruleName: 'Blocked authors',
          explanation: 'The author is blocked',
        },
      ],
    });
    const other = await test.gql<{ comment: { status: string } }>(COMMENT, {
      id: next.get('block-3'),
    });
    expect(other.data?.comment.status).toBe('NEW');

    await test.gql(
      SET_FLAG,
      { input: { commentId: ids.get('block-1'), flag: 'NONE' } },
      { cookie: manager.cookie },
    );
    const after = await ingest([
      {
        channel: 'facebook',
        externalId: 'block-4',
        text: 'Fine, thanks.',
        createdAt: '2026-11-22T15:00:00Z',
        authorName: 'Mike Haverkamp',
      },
    ]);
    const shown = await test.gql<{ comment: { status: string } }>(COMMENT, {
      id: after.get('block-4'),
    });
    expect(shown.data?.comment.status).toBe('NEW');

    const audited = await test.app
      .get(DataSource)
      .createQueryBuilder()
      .select(['e.details AS "details"'])
      .from('audit_events', 'e')
      .where('e.action = :action', { action: 'author.flag_changed' })
      .orderBy('e.seq', 'ASC')
      .getRawMany<{ details: string }>();
    expect(audited.map((row) => JSON.parse(row.details) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ from: 'none', to: 'block' }),
      expect.objectContaining({ from: 'block', to: 'none' }),
    ]);
  });

  it('keeps nothing health-related on an author profile', async () => {
    const health = /intent|urgen|sentiment|phi|triage|health|diagnos|medical|condition/i;
    const type = await test.gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "AuthorProfile") { fields { name } } }',
    );
    const fields = type.data!.__type.fields.map((field) => field.name);
    expect(fields).toContain('flag');
    expect(fields.filter((name) => health.test(name))).toEqual([]);
    const dataSource = test.app.get(DataSource);
    const columns = ['author_profiles', 'author_notes'].flatMap((table) =>
      dataSource.getMetadata(table).columns.map((column) => column.databaseName),
    );
    expect(columns).toContain('flag');
    expect(columns.filter((name) => health.test(name))).toEqual([]);
  });
});
