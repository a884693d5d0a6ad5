import { INGEST, type IngestReportShape } from './fixtures';
import { type SignedInUser,signInAs } from './sessions';
import { createTestApp, type TestApp } from './test-app';
import { subscribe } from './ws-client';

const ASSIGN = /* GraphQL */ `
  mutation Assign($input: AssignCommentInput!) {
    assignComment(input: $input) {
      id
      assignee {
        id
        displayName
      }
    }
  }
`;

const ADD_NOTE = /* GraphQL */ `
  mutation AddNote($input: AddCommentNoteInput!) {
    addCommentNote(input: $input) {
      id
      authorName
      body
      mentionedUserIds
    }
  }
`;

const NOTIFICATIONS = /* GraphQL */ `
  {
    notifications {
      unreadCount
      items {
        kind
        commentId
        actorName
        readAt
      }
    }
  }
`;

const REPORT_PRESENCE = /* GraphQL */ `
  mutation Presence($input: ReportPresenceInput!) {
    reportPresence(input: $input) {
      entries {
        displayName
        activity
      }
    }
  }
`;

interface NotificationsShape {
  notifications: {
    unreadCount: number;
    items: { kind: string; commentId: string; actorName: string; readAt: string | null }[];
  };
}

describe('working together: assignment, notes with @mentions, notifications, presence', () => {
  let test: TestApp;
  let dana: SignedInUser;
  let sam: SignedInUser;
  let maria: SignedInUser;
  let commentId: string;

  beforeAll(async () => {
    test = await createTestApp();
    dana = await signInAs(test, { email: 'dana@example.org', displayName: 'Dana Whitfield', role: 'agent' });
    sam = await signInAs(test, { email: 'sam@example.org', displayName: 'Sam Ortiz', role: 'agent' });
    maria = await signInAs(test, { email: 'maria@example.org', displayName: 'Maria Chen', role: 'manager' });
    const ingested = await test.gql<IngestReportShape>(INGEST, {
      comments: [
        {
          channel: 'FACEBOOK',
          externalId: 'collab-1',
          authorName: 'A visitor',
          text: 'We waited six hours in the ER last night.',
          createdAt: '2026-11-23T10:00:00.000Z',
        },
      ],
    });
    if (ingested.data?.ingestComments.accepted !== 1) {
      throw new Error('The comment under test was not stored');
    }
    const list = await test.gql<{ comments: { edges: { node: { id: string } }[] } }>(
      '{ comments(first: 1) { edges { node { id } } } }',
    );
    commentId = list.data?.comments.edges[0]?.node.id as string;
  });

  afterAll(async () => {
    await test.close();
  });

  it('lets an agent take a comment but not hand it to a colleague; a manager assigns anyone', async () => {
    const taken = await test.gql(ASSIGN, { input: { commentId, assigneeId: dana.id } }, { cookie: dana.cookie });
    expect(taken.data).toEqual({
      assignComment: { id: commentId, assignee: { id: dana.id, displayName: 'Dana Whitfield' } },
    });
    const handedOff = await test.gql(ASSIGN, { input: { commentId, assigneeId: sam.id } }, { cookie: dana.cookie });
    expect(handedOff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const grabbed = await test.gql(ASSIGN, { input: { commentId, assigneeId: sam.id } }, { cookie: sam.cookie });
    expect(grabbed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const assigned = await test.gql(ASSIGN, { input: { commentId, assigneeId: sam.id } }, { cookie: maria.cookie });
    expect(assigned.errors).toBeUndefined();
    const mine = await test.gql<{ comments: { totalCount: number } }>(
      'query($f: CommentFilter) { comments(filter: $f) { totalCount } }',
      { f: { assigneeId: sam.id } },
    );
    expect(mine.data?.comments.totalCount).toBe(1);

    const samNotified = await test.gql<NotificationsShape>(NOTIFICATIONS, {}, { cookie: sam.cookie });
    expect(samNotified.data?.notifications).toEqual({
      unreadCount: 1,
      items: [{ kind: 'ASSIGNMENT', commentId, actorName: 'Maria Chen', readAt: null }],
    });
    // Taking a comment oneself notifies nobody.
    const danaNotified = await test.gql<NotificationsShape>(NOTIFICATIONS, {}, { cookie: dana.cookie });
    expect(danaNotified.data?.notifications.unreadCount).toBe(0);

    const badAssignee = await test.gql(ASSIGN, { input: { commentId, assigneeId: 'nobody' } }, { cookie: maria.cookie });
    expect(badAssignee.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stores internal notes, notifies the members they @mention, and pushes it live', async () => {
    const live = subscribe<{ notificationReceived: { kind: string; commentId: string; actorName: string } }>(
      test,
      'subscription { notificationReceived { kind commentId actorName } }',
      { as: { cookie: maria.cookie } },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const added = await test.gql<{ addCommentNote: { mentionedUserIds: string[]; authorName: string } }>(
      ADD_NOTE,
      { input: { commentId, body: '@Maria Chen this looks like a patient relations case. cc @sam' } },
      { cookie: dana.cookie },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addCommentNote.authorName).toBe('Dana Whitfield');
    expect(added.data?.addCommentNote.mentionedUserIds.sort()).toEqual([maria.id, sam.id].sort());

    const pushed = await live.next();
    expect(pushed.data?.notificationReceived).toEqual({
      kind: 'MENTION',
      commentId,
      actorName: 'Dana Whitfield',
    });
    await live.dispose();

    const notes = await test.gql<{ comment: { notes: { body: string }[] } }>(
      'query($id: ID!) { comment(id: $id) { notes { body } } }',
      { id: commentId },
    );
    expect(notes.data?.comment.notes).toHaveLength(1);

    const read = await test.gql<{ markNotificationsRead: number }>(
      'mutation { markNotificationsRead(input: {}) }',
      {},
      { cookie: sam.cookie },
    );
    expect(read.data?.markNotificationsRead).toBe(2);

    const empty = await test.gql(ADD_NOTE, { input: { commentId, body: '   ' } }, { cookie: dana.cookie });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const audit = await test.gql<{
      auditEvents: { edges: { node: { action: string; details: { key: string; value: string }[] } }[] };
    }>('{ auditEvents(first: 20) { edges { node { action details { key value } } } } }');
    const noteEvent = audit.data?.auditEvents.edges.find((edge) => edge.node.action === 'comment.note_added');
    expect(noteEvent).toBeDefined();
    // The note's words stay out of the trail.
    expect(JSON.stringify(noteEvent)).not.toContain('patient relations');
  });

  it('shows who is viewing or drafting, live, and lapses them when they go quiet', async () => {
    const live = subscribe<{ presenceChanged: { entries: { displayName: string; activity: string }[] } }>(
      test,
      'subscription($id: ID!) { presenceChanged(commentId: $id) { entries { displayName activity } } }',
      { as: { cookie: sam.cookie }, variables: { id: commentId } },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reported = await test.gql(
      REPORT_PRESENCE,
      { input: { commentId, activity: 'DRAFTING' } },
      { cookie: dana.cookie },
    );
    expect(reported.data).toEqual({
      reportPresence: { entries: [{ displayName: 'Dana Whitfield', activity: 'DRAFTING' }] },
    });
    expect((await live.next()).data?.presenceChanged.entries).toEqual([
      { displayName: 'Dana Whitfield', activity: 'DRAFTING' },
    ]);

    test.clock.advance(60_000);
    const now = await test.gql<{ commentPresence: { entries: unknown[] } }>(
      'query($id: ID!) { commentPresence(commentId: $id) { entries { displayName } } }',
      { id: commentId },
    );
    expect(now.data?.commentPresence.entries).toEqual([]);
    await live.dispose();
  });
});
