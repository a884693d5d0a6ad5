import { AuthService, CorrectionsService, RetriageService, UsersService } from '@bedside/server';

import { commentRow, INGEST } from './fixtures';
import { createTestApp, type TestApp } from './test-app';

const CORRECT = /* GraphQL */ `
  mutation Correct($input: CorrectTriageInput!) {
    correctTriage(input: $input) {
      id
      sentiment
      urgency
      intents {
        label
      }
      triageCorrections {
        field
        previous
        corrected
        correctedBy
        correctedAt
      }
    }
  }
`;

const FIND = /* GraphQL */ `
  query Find($filter: CommentFilter) {
    comments(filter: $filter, first: 10) {
      totalCount
      edges {
        node {
          id
          externalId
        }
      }
    }
    inboxCounts(filter: $filter) {
      total
    }
  }
`;

interface FindShape {
  comments: { totalCount: number; edges: { node: { id: string; externalId: string } }[] };
  inboxCounts: { total: number };
}

describe('label corrections', () => {
  let test: TestApp;
  let cookie: string;
  let commentId: string;

  beforeAll(async () => {
    test = await createTestApp();
    await test.app.get(UsersService).create({
      email: 'sam@example.org',
      displayName: 'Sam Rivera',
      role: 'agent',
      password: 'sam has a long password',
    });
    const { sessionToken } = await test.app
      .get(AuthService)
      .signIn('sam@example.org', 'sam has a long password');
    cookie = `bedside_session=${sessionToken}`;
    await test.gql(INGEST, {
      comments: [
        // The model reads this as a service question; the team knows it is a complaint too.
        commentRow('c1', 'Why does it take three weeks to get an MRI appointment here?', 1),
        commentRow('c2', 'Where do visitors park?', 2),
      ],
    });
    const found = await test.gql<FindShape>(FIND, {});
    commentId = found.data!.comments.edges.find((edge) => edge.node.externalId === 'c1')!.node.id;
  });
  afterAll(() => test.close());

  it('stores who corrected which label when, and the inbox filters and counts follow', async () => {
    const before = await test.gql<FindShape>(FIND, { filter: { urgency: ['HIGH'] } });
    expect(before.data?.comments.totalCount).toBe(0);

    const result = await test.gql<{
      correctTriage: {
        sentiment: string;
        urgency: string;
        intents: { label: string }[];
        triageCorrections: {
          field: string;
          previous: string[];
          corrected: string[];
          correctedBy: string;
          correctedAt: string;
        }[];
      };
    }>(
      CORRECT,
      {
        input: {
          commentId,
          sentiment: 'NEGATIVE',
          intents: ['COMPLAINT', 'SERVICE_QUESTION'],
          urgency: 'HIGH',
        },
      },
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    const corrected = result.data!.correctTriage;
    expect(corrected).toMatchObject({ sentiment: 'NEGATIVE', urgency: 'HIGH' });
    expect(corrected.intents.map((intent) => intent.label).sort()).toEqual([
      'COMPLAINT',
      'SERVICE_QUESTION',
    ]);
    const urgency = corrected.triageCorrections.find((row) => row.field === 'urgency');
    expect(urgency).toEqual({
      field: 'urgency',
      previous: ['normal'],
      corrected: ['high'],
      correctedBy: 'Sam Rivera',
      correctedAt: test.clock.now().toISOString(),
    });

    const after = await test.gql<FindShape>(FIND, { filter: { urgency: ['HIGH'] } });
    expect(after.data?.comments.edges.map((edge) => edge.node.externalId)).toEqual(['c1']);
    expect(after.data?.inboxCounts.total).toBe(1);
    const complaints = await test.gql<FindShape>(FIND, { filter: { intent: ['COMPLAINT'] } });
    expect(complaints.data?.inboxCounts.total).toBe(1);
  });

  it('keeps the corrections when the comments are triaged again', async () => {
    test.clock.advance(60_000);
    const report = await test.app.get(RetriageService).run({ all: true });
    expect(report.examined).toBe(2);
    const still = await test.gql<FindShape>(FIND, { filter: { urgency: ['HIGH'] } });
    expect(still.data?.comments.edges.map((edge) => edge.node.externalId)).toEqual(['c1']);
  });

  it('exports the corrected comments as training data in the development-set schema', async () => {
    const rows = [];
    for await (const row of test.app.get(CorrectionsService).exportRows()) {
      rows.push(row);
    }
    expect(rows).toHaveLength(1);
    expect(rows[0].comment.externalId).toBe('c1');
    // The model already read the tone as negative, so only two labels were corrections.
    expect(rows[0].fields.sort()).toEqual(['intents', 'urgency']);
  });

  it('refuses an unknown comment and an empty correction with clear messages', async () => {
    const unknown = await test.gql(
      CORRECT,
      { input: { commentId: 'nope', urgency: 'LOW' } },
      { cookie },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const empty = await test.gql(CORRECT, { input: { commentId } }, { cookie });
    expect(empty.errors?.[0]).toMatchObject({
      message: 'Give at least one label to correct: sentiment, intents or urgency.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
