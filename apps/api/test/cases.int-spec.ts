import { AuditService, AuthService, UsersService } from '@bedside/server';
import { DataSource } from 'typeorm';

import { commentRow, INGEST } from './fixtures';
import {
  createTestApp,
  type Credentials,
  dialectsUnderTest,
  type GraphQLResponse,
  type TestApp,
} from './test-app';

const CASE_FIELDS = /* GraphQL */ `
  fragment CaseFields on Case {
    id
    number
    reference
    title
    category
    priority
    team
    status
    assigneeId
    assigneeName
    createdByName
    dueAt
    resolvedAt
    resolutionNote
    sla {
      state
      breached
    }
    comments {
      id
      status
    }
  }
`;

const ESCALATE = /* GraphQL */ `
  mutation Escalate($input: EscalateCommentInput!) {
    escalateComment(input: $input) {
      ...CaseFields
    }
  }
  ${CASE_FIELDS}
`;

const CHANGE_STATUS = /* GraphQL */ `
  mutation ChangeStatus($input: ChangeCaseStatusInput!) {
    changeCaseStatus(input: $input) {
      ...CaseFields
    }
  }
  ${CASE_FIELDS}
`;

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      ...CaseFields
    }
  }
  ${CASE_FIELDS}
`;

const ADD_NOTE = /* GraphQL */ `
  mutation AddNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
    }
  }
`;

const LINK = /* GraphQL */ `
  mutation Link($input: LinkCommentToCaseInput!) {
    linkCommentToCase(input: $input) {
      ...CaseFields
    }
  }
  ${CASE_FIELDS}
`;

const CASE = /* GraphQL */ `
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseFields
      events {
        kind
        actorName
        from
        to
        text
        commentId
      }
    }
  }
  ${CASE_FIELDS}
`;

const CASES = /* GraphQL */ `
  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String) {
    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
        }
      }
    }
  }
`;

const COMMENT_SLA = /* GraphQL */ `
  query CommentSla($id: ID!) {
    comment(id: $id) {
      status
      receivedAt
      sla {
        state
        breached
        dueAt
        stoppedAt
        firstRespondedAt
        firstResponseSeconds
      }
      cases {
        id
        reference
      }
    }
  }
`;

const UPDATE_POLICY = /* GraphQL */ `
  mutation UpdatePolicy($input: UpdateSlaPolicyInput!) {
    updateSlaPolicy(input: $input) {
      urgency
      minutes
      defaultMinutes
      updatedBy
    }
  }
`;

interface CaseShape {
  id: string;
  number: number;
  reference: string;
  title: string;
  category: string;
  priority: string;
  team: string;
  status: string;
  assigneeId: string | null;
  assigneeName: string | null;
  createdByName: string | null;
  dueAt: string | null;
  resolvedAt: string | null;
  resolutionNote: string | null;
  sla: { state: string; breached: boolean };
  comments: { id: string; status: string }[];
}

interface DuePage {
  cases: {
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { id: string; dueAt: string | null } }[];
  };
}

interface CommentSlaShape {
  comment: {
    status: string;
    receivedAt: string;
    sla: {
      state: string;
      breached: boolean;
      dueAt: string | null;
      stoppedAt: string | null;
      firstRespondedAt: string | null;
      firstResponseSeconds: number | null;
    };
    cases: { id: string; reference: string }[];
  };
}

const MINUTE = 60_000;

/** Private details a note may hold: they must never reach the audit trail. */
const NOTE = 'Called Maria Lopez back on 555-0142; she wants a meeting with the ER manager.';

describe.each(dialectsUnderTest())('escalation cases and SLAs on %s', (dialect) => {
  let test: TestApp;
  let agent: Credentials;
  let manager: Credentials;
  let samId: string;
  let seq = 0;

  /** Ingests comments now and gives each the urgency asked for; returns their ids in order. */
  async function ingest(
    rows: { text: string; urgency: string; channel?: string }[],
  ): Promise<string[]> {
    const externalIds = rows.map(() => `case-${(seq += 1)}`);
    const result = await test.gql(INGEST, {
      comments: rows.map((row, index) =>
        commentRow(externalIds[index], row.text, index, { channel: row.channel ?? 'facebook' }),
      ),
    });
    expect(result.errors).toBeUndefined();
    const found = await test.gql<{
      comments: { edges: { node: { id: string; externalId: string } }[] };
    }>('{ comments(first: 200) { edges { node { id externalId } } } }');
    const ids = externalIds.map(
      (externalId) =>
        found.data!.comments.edges.find((edge) => edge.node.externalId === externalId)!.node.id,
    );
    for (const [index, id] of ids.entries()) {
      const corrected = await test.gql(
        'mutation($input: CorrectTriageInput!) { correctTriage(input: $input) { id } }',
        { input: { commentId: id, urgency: rows[index].urgency } },
      );
      expect(corrected.errors).toBeUndefined();
    }
    return ids;
  }

  async function escalate(input: Record<string, unknown>, as: Credentials = agent) {
    const result = await test.gql<{ escalateComment: CaseShape }>(ESCALATE, { input }, as);
    expect(result.errors).toBeUndefined();
    return result.data!.escalateComment;
  }

  const inMinutes = (minutes: number) =>
    new Date(test.clock.now().getTime() + minutes * MINUTE).toISOString();

  beforeAll(async () => {
    test = await createTestApp({ dialect });
    const users = test.app.get(UsersService);
    const auth = test.app.get(AuthService);
    const sam = await users.create({
      email: 'sam@example.org',
      displayName: 'Sam Rivera',
      role: 'agent',
      password: 'sam has a long password',
    });
    samId = sam.id;
    await users.create({
      email: 'dana@example.org',
      displayName: 'Dana Cole',
      role: 'manager',
      password: 'dana has a long password',
    });
    const samSession = await auth.signIn('sam@example.org', 'sam has a long password');
    const danaSession = await auth.signIn('dana@example.org', 'dana has a long password');
    agent = { cookie: `bedside_session=${samSession.sessionToken}` };
    manager = { cookie: `bedside_session=${danaSession.sessionToken}` };
  });
  afterAll(() => test.close());

  it('opens a case from several comments, due by the SLA of the most urgent one', async () => {
    const [facebook, instagram] = await ingest([
      { text: 'The ER kept my father waiting nine hours and nobody apologised', urgency: 'HIGH' },
      {
        text: 'Still no answer about the nine hour wait in your ER',
        urgency: 'NORMAL',
        channel: 'instagram',
      },
    ]);

    const opened = await escalate({
      commentIds: [facebook, instagram],
      category: 'PATIENT_COMPLAINT',
      team: 'PATIENT_RELATIONS',
      assigneeId: samId,
      note: NOTE,
    });

    expect(opened).toMatchObject({
      reference: `C-${opened.number}`,
      title: 'Patient complaint (Facebook, Instagram)',
      category: 'PATIENT_COMPLAINT',
      priority: 'HIGH',
      team: 'PATIENT_RELATIONS',
      status: 'OPEN',
      assigneeId: samId,
      assigneeName: 'Sam Rivera',
      createdByName: 'Sam Rivera',
      dueAt: inMinutes(60),
      resolvedAt: null,
      sla: { state: 'ON_TRACK', breached: false },
      comments: [
        { id: facebook, status: 'ESCALATED' },
        { id: instagram, status: 'ESCALATED' },
      ],
    });
    expect(opened.number).toBeGreaterThanOrEqual(1001);

    const comment = await test.gql<CommentSlaShape>(COMMENT_SLA, { id: instagram });
    expect(comment.data!.comment.cases).toEqual([{ id: opened.id, reference: opened.reference }]);
    const counts = await test.gql<{ inboxCounts: { escalated: number } }>(
      '{ inboxCounts { escalated } }',
    );
    expect(counts.data!.inboxCounts.escalated).toBeGreaterThanOrEqual(2);

    const next = await escalate({
      commentIds: await ingest([{ text: 'Parking garage lift broken again', urgency: 'LOW' }]),
      category: 'OTHER',
      team: 'COMMUNICATIONS',
      title: '  Lift in garage B  ',
    });
    expect(next).toMatchObject({
      number: opened.number + 1,
      title: 'Lift in garage B',
      priority: 'LOW',
      dueAt: null,
      assigneeName: null,
      sla: { state: 'NONE', breached: false },
    });
  });

  it('flags a case and its comment as breached once the clock passes the deadline', async () => {
    const [id] = await ingest([
      { text: 'Why was my biopsy result posted to the wrong portal', urgency: 'HIGH' },
    ]);
    const opened = await escalate({
      commentIds: [id],
      category: 'PRIVACY_INCIDENT',
      team: 'RISK_COMPLIANCE',
    });
    const breachedIds = async (breached: boolean) => {
      const result = await test.gql<{ cases: { edges: { node: { id: string } }[] } }>(CASES, {
        filter: { breached },
        first: 200,
      });
      return result.data!.cases.edges.map((edge) => edge.node.id);
    };
    expect(await breachedIds(false)).toContain(opened.id);
    expect(await breachedIds(true)).not.toContain(opened.id);

    test.clock.advance(50 * MINUTE);
    const soon = await test.gql<{ case: CaseShape }>(CASE, { id: opened.id });
    expect(soon.data!.case.sla).toEqual({ state: 'DUE_SOON', breached: false });

    test.clock.advance(11 * MINUTE);
    const late = await test.gql<{ case: CaseShape }>(CASE, { id: opened.id });
    expect(late.data!.case.sla).toEqual({ state: 'BREACHED', breached: true });
    expect(await breachedIds(true)).toContain(opened.id);
    expect(await breachedIds(false)).not.toContain(opened.id);
    const comment = await test.gql<CommentSlaShape>(COMMENT_SLA, { id });
    expect(comment.data!.comment.sla).toEqual({
      state: 'BREACHED',
      breached: true,
      dueAt: new Date(
        new Date(comment.data!.comment.receivedAt).getTime() + 60 * MINUTE,
      ).toISOString(),
      stoppedAt: null,
      firstRespondedAt: null,
      firstResponseSeconds: null,
    });
  });

  it('refuses illegal moves and a resolution without a note, then resolves and reopens', async () => {
    const [id] = await ingest([
      { text: 'Billing sent my account to collections twice', urgency: 'NORMAL' },
    ]);
    const opened = await escalate({
      commentIds: [id],
      category: 'PATIENT_COMPLAINT',
      team: 'PATIENT_RELATIONS',
    });
    const move = (status: string, resolutionNote?: string) =>
      test.gql<{ changeCaseStatus: CaseShape }>(
        CHANGE_STATUS,
        { input: { id: opened.id, status, resolutionNote } },
        agent,
      );

    const skipped = await move('RESOLVED', 'Refund issued');
    expect(skipped.errors?.[0]).toMatchObject({
      message: 'A case that is open cannot become resolved; it can become in progress.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await move('IN_PROGRESS')).data?.changeCaseStatus.status).toBe('IN_PROGRESS');
    const noNote = await move('RESOLVED', '   ');
    expect(noNote.errors?.[0]).toMatchObject({
      message: 'Write a resolution note that says how the case was resolved.',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    test.clock.advance(30 * MINUTE);
    const resolved = (await move('RESOLVED', 'Refund issued and collections recalled.')).data!
      .changeCaseStatus;
    expect(resolved).toMatchObject({
      status: 'RESOLVED',
      resolvedAt: test.clock.now().toISOString(),
      resolutionNote: 'Refund issued and collections recalled.',
      sla: { state: 'MET', breached: false },
    });
    const again = await move('IN_PROGRESS');
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Sessions end after 12 idle hours: the clock never jumps that far in this suite.
    test.clock.advance(3 * 60 * MINUTE);
    const reopened = (await move('REOPENED')).data!.changeCaseStatus;
    expect(reopened).toMatchObject({
      status: 'REOPENED',
      resolvedAt: null,
      resolutionNote: null,
      dueAt: inMinutes(24 * 60),
      sla: { state: 'ON_TRACK', breached: false },
    });
  });

  it('keeps a timeline of every change', async () => {
    const [first, second] = await ingest([
      { text: 'Nurse was kind but the discharge papers were wrong', urgency: 'NORMAL' },
      { text: 'I am having chest pain right now after discharge', urgency: 'CRITICAL' },
    ]);
    const opened = await escalate({
      commentIds: [first],
      category: 'PATIENT_COMPLAINT',
      team: 'PATIENT_RELATIONS',
    });
    const updated = await test.gql<{ updateCase: CaseShape }>(
      UPDATE,
      {
        input: {
          id: opened.id,
          team: 'NURSING',
          category: 'NURSE_LINE_QUESTION',
          assigneeId: samId,
        },
      },
      agent,
    );
    expect(updated.data!.updateCase).toMatchObject({
      team: 'NURSING',
      category: 'NURSE_LINE_QUESTION',
      assigneeName: 'Sam Rivera',
    });
    const linked = await test.gql<{ linkCommentToCase: CaseShape }>(
      LINK,
      { input: { caseId: opened.id, commentId: second } },
      agent,
    );
    // The more urgent comment raises the priority and restarts the clock under its SLA.
    expect(linked.data!.linkCommentToCase).toMatchObject({
      priority: 'CRITICAL',
      dueAt: inMinutes(15),
      comments: [
        { id: first, status: 'ESCALATED' },
        { id: second, status: 'ESCALATED' },
      ],
    });
    const relinked = await test.gql(
      LINK,
      { input: { caseId: opened.id, commentId: second } },
      agent,
    );
    expect(relinked.errors).toBeUndefined();
    await test.gql(ADD_NOTE, { input: { id: opened.id, text: NOTE } }, agent);
    const unassigned = await test.gql<{ updateCase: CaseShape }>(
      UPDATE,
      { input: { id: opened.id, assigneeId: null } },
      agent,
    );
    expect(unassigned.data!.updateCase.assigneeId).toBeNull();
    await test.gql(CHANGE_STATUS, { input: { id: opened.id, status: 'IN_PROGRESS' } }, agent);

    const result = await test.gql<{
      case: {
        events: {
          kind: string;
          actorName: string;
          from: string | null;
          to: string | null;
          text: string | null;
          commentId: string | null;
        }[];
      };
    }>(CASE, { id: opened.id });
    expect(result.data!.case.events).toEqual([
      {
        kind: 'OPENED',
        actorName: 'Sam Rivera',
        from: null,
        to: null,
        text: null,
        commentId: null,
      },
      {
        kind: 'TEAM_CHANGED',
        actorName: 'Sam Rivera',
        from: 'patient_relations',
        to: 'nursing',
        text: null,
        commentId: null,
      },
      {
        kind: 'CATEGORY_CHANGED',
        actorName: 'Sam Rivera',
        from: 'patient_complaint',
        to: 'nurse_line_question',
        text: null,
        commentId: null,
      },
      {
        kind: 'ASSIGNED',
        actorName: 'Sam Rivera',
        from: null,
        to: 'Sam Rivera',
        text: null,
        commentId: null,
      },
      {
        kind: 'COMMENT_LINKED',
        actorName: 'Sam Rivera',
        from: null,
        to: null,
        text: null,
        commentId: second,
      },
      {
        kind: 'PRIORITY_CHANGED',
        actorName: 'Sam Rivera',
        from: 'normal',
        to: 'critical',
        text: null,
        commentId: null,
      },
      {
        kind: 'NOTE_ADDED',
        actorName: 'Sam Rivera',
        from: null,
        to: null,
        text: NOTE,
        commentId: null,
      },
      {
        kind: 'ASSIGNED',
        actorName: 'Sam Rivera',
        from: 'Sam Rivera',
        to: null,
        text: null,
        commentId: null,
      },
      {
        kind: 'STATUS_CHANGED',
        actorName: 'Sam Rivera',
        from: 'open',
        to: 'in_progress',
        text: null,
        commentId: null,
      },
    ]);
  });

  it('records every change in the audit trail without note text or titles', async () => {
    const [id] = await ingest([
      { text: 'Who do I call about my mother in room 412', urgency: 'NORMAL' },
    ]);
    const opened = await escalate({
      commentIds: [id],
      category: 'OTHER',
      team: 'COMMUNICATIONS',
      title: 'Maria Lopez family call',
      note: NOTE,
    });
    await test.gql(ADD_NOTE, { input: { id: opened.id, text: NOTE } }, agent);
    await test.gql(CHANGE_STATUS, { input: { id: opened.id, status: 'IN_PROGRESS' } }, agent);
    await test.gql(
      CHANGE_STATUS,
      { input: { id: opened.id, status: 'RESOLVED', resolutionNote: NOTE } },
      agent,
    );

    const rows = await test.app
      .get(DataSource)
      .query<{ action: string; actor_name: string; details: string | null }[]>(
        `SELECT action, actor_name, details FROM audit_events WHERE target_id = '${opened.id}' ORDER BY seq`,
      );
    expect(rows.map((row) => row.action)).toEqual([
      'case.opened',
      'case.note_added',
      'case.status_changed',
      'case.status_changed',
    ]);
    expect(rows.every((row) => row.actor_name === 'Sam Rivera')).toBe(true);
    expect(JSON.parse(rows[0].details!)).toEqual({
      number: opened.number,
      category: 'other',
      team: 'communications',
      priority: 'normal',
      commentIds: [id],
      assigneeId: null,
      withNote: true,
    });
    expect(JSON.parse(rows[3].details!)).toEqual({
      number: opened.number,
      from: 'in_progress',
      to: 'resolved',
    });
    const statusChange = await test.app
      .get(DataSource)
      .query<{ details: string }[]>(
        `SELECT details FROM audit_events WHERE action = 'comment.status_changed' AND target_id = '${id}'`,
      );
    expect(JSON.parse(statusChange[0].details)).toMatchObject({ from: 'new', to: 'escalated' });
    const everything = JSON.stringify(
      await test.app.get(DataSource).query('SELECT details FROM audit_events'),
    );
    expect(everything).not.toContain('Lopez');
    expect(everything).not.toContain('555-0142');
    const verified = await test.app.get(AuditService).verify();
    expect(verified.broken).toBeNull();
  });

  it('lets managers change SLA policies and refuses agents', async () => {
    const policies = await test.gql<{ slaPolicies: { urgency: string; minutes: number | null }[] }>(
      '{ slaPolicies { urgency minutes } }',
      {},
      agent,
    );
    expect(policies.data!.slaPolicies).toEqual([
      { urgency: 'CRITICAL', minutes: 15 },
      { urgency: 'HIGH', minutes: 60 },
      { urgency: 'NORMAL', minutes: 1440 },
      { urgency: 'LOW', minutes: null },
    ]);
    const refused = await test.gql(
      UPDATE_POLICY,
      { input: { urgency: 'LOW', minutes: 120 } },
      agent,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const invalid = await test.gql(
      UPDATE_POLICY,
      { input: { urgency: 'LOW', minutes: 0 } },
      manager,
    );
    expect(invalid.errors?.[0]).toMatchObject({
      message: 'An SLA is a whole number of minutes from 1 to 43200 (30 days), or none.',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const [before] = await ingest([{ text: 'Thanks to the whole maternity team', urgency: 'LOW' }]);
    const oldCase = await escalate({
      commentIds: [before],
      category: 'OTHER',
      team: 'COMMUNICATIONS',
    });
    try {
      const changed = await test.gql(
        UPDATE_POLICY,
        { input: { urgency: 'LOW', minutes: 120 } },
        manager,
      );
      expect(changed.data).toEqual({
        updateSlaPolicy: {
          urgency: 'LOW',
          minutes: 120,
          defaultMinutes: null,
          updatedBy: 'Dana Cole',
        },
      });
      const [after] = await ingest([{ text: 'Lovely garden by the cafeteria', urgency: 'LOW' }]);
      const newCase = await escalate({
        commentIds: [after],
        category: 'OTHER',
        team: 'COMMUNICATIONS',
      });
      expect(newCase.dueAt).toBe(inMinutes(120));
      // Open cases keep the deadline they were given; comments follow the policy at once.
      const kept = await test.gql<{ case: CaseShape }>(CASE, { id: oldCase.id });
      expect(kept.data!.case.dueAt).toBeNull();
      const comment = await test.gql<CommentSlaShape>(COMMENT_SLA, { id: before });
      expect(comment.data!.comment.sla.dueAt).toBe(
        new Date(new Date(comment.data!.comment.receivedAt).getTime() + 120 * MINUTE).toISOString(),
      );
      const audit = await test.app
        .get(DataSource)
        .query<{ details: string }[]>(
          `SELECT details FROM audit_events WHERE action = 'sla_policy.updated'`,
        );
      expect(JSON.parse(audit[0].details)).toEqual({ urgency: 'low', from: null, to: 120 });
    } finally {
      await test.gql(UPDATE_POLICY, { input: { urgency: 'LOW', minutes: null } }, manager);
    }
  });

  it('tracks the first-response time of a comment', async () => {
    const [id] = await ingest([{ text: 'Are visiting hours longer on weekends', urgency: 'HIGH' }]);
    test.clock.advance(7 * MINUTE + 30_000);
    const setStatus = (status: string) =>
      test.gql(
        'mutation($input: UpdateCommentStatusInput!) { updateCommentStatus(input: $input) { id } }',
        { input: { id, status } },
        agent,
      );
    const open = await test.gql<CommentSlaShape>(COMMENT_SLA, { id });
    expect(open.data!.comment.sla).toMatchObject({ state: 'ON_TRACK', firstRespondedAt: null });

    await setStatus('REPLIED');
    const repliedAt = test.clock.now().toISOString();
    test.clock.advance(5 * MINUTE);
    await setStatus('IN_PROGRESS');
    await setStatus('REPLIED');
    test.clock.advance(2 * 60 * MINUTE);

    const answered = await test.gql<CommentSlaShape>(COMMENT_SLA, { id });
    expect(answered.data!.comment.sla).toMatchObject({
      state: 'MET',
      breached: false,
      stoppedAt: repliedAt,
      firstRespondedAt: repliedAt,
      firstResponseSeconds: 450,
    });
  });

  it('stops the clock of a comment closed without a reply, without a response time', async () => {
    const [id] = await ingest([{ text: 'Buy cheap followers here', urgency: 'NORMAL' }]);
    test.clock.advance(3 * MINUTE);
    await test.gql(
      'mutation($input: UpdateCommentStatusInput!) { updateCommentStatus(input: $input) { id } }',
      { input: { id, status: 'CLOSED' } },
      agent,
    );
    const closedAt = test.clock.now().toISOString();
    test.clock.advance(60 * MINUTE);
    const closed = await test.gql<CommentSlaShape>(COMMENT_SLA, { id });
    expect(closed.data!.comment.sla).toMatchObject({
      state: 'MET',
      stoppedAt: closedAt,
      firstRespondedAt: null,
      firstResponseSeconds: null,
    });
  });

  it('filters, searches and pages the cases list', async () => {
    const ids = await ingest([
      { text: 'Flu shot clinic hours please', urgency: 'LOW' },
      { text: 'My wound is bleeding through the bandage', urgency: 'CRITICAL' },
      { text: 'Reporter asking about the outbreak', urgency: 'HIGH' },
    ]);
    const low = await escalate({ commentIds: [ids[0]], category: 'OTHER', team: 'COMMUNICATIONS' });
    const critical = await escalate({
      commentIds: [ids[1]],
      category: 'EMERGENCY_SAFETY',
      team: 'RISK_COMPLIANCE',
      assigneeId: samId,
    });
    const high = await escalate({
      commentIds: [ids[2]],
      category: 'MEDIA_LEGAL',
      team: 'COMMUNICATIONS',
    });
    const mine = [low.id, critical.id, high.id];
    const list = async (variables: Record<string, unknown>) => {
      const result = await test.gql<{
        cases: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { id: string; number: number } }[];
        };
      }>(CASES, variables, agent);
      expect(result.errors).toBeUndefined();
      return result.data!.cases;
    };
    const only = (page: { edges: { node: { id: string } }[] }) =>
      page.edges.map((edge) => edge.node.id).filter((id) => mine.includes(id));

    const communications = await list({
      filter: { team: ['COMMUNICATIONS'], category: ['OTHER', 'MEDIA_LEGAL'] },
      first: 200,
    });
    expect(only(communications)).toEqual([high.id, low.id]);
    expect(only(await list({ filter: { assigneeId: samId }, first: 200 }))).toEqual([critical.id]);
    expect(only(await list({ filter: { status: ['RESOLVED'] }, first: 200 }))).toEqual([]);
    expect(only(await list({ filter: { status: [] }, first: 200 }))).toEqual([]);
    const byNumber = await list({ filter: { search: high.reference.toLowerCase() } });
    expect(byNumber.edges.map((edge) => edge.node.id)).toEqual([high.id]);
    expect(byNumber.totalCount).toBe(1);

    // Newest first, one per page, following the cursors.
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const result = await list({ orderBy: 'NEWEST', first: 1, after });
      seen.push(...result.edges.map((edge) => edge.node.id));
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual([high.id, critical.id, low.id]);

    // Due soonest: every case once, deadlines ascending, cases without one last.
    const all: { id: string; dueAt: string | null }[] = [];
    after = null;
    for (;;) {
      const result: GraphQLResponse<DuePage> = await test.gql<DuePage>(
        'query($after: String) { cases(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id dueAt } } } }',
        { after },
      );
      all.push(...result.data!.cases.edges.map((edge) => edge.node));
      if (!result.data!.cases.pageInfo.hasNextPage) {
        break;
      }
      after = result.data!.cases.pageInfo.endCursor;
    }
    const total = await list({});
    expect(all).toHaveLength(total.totalCount);
    expect(new Set(all.map((row) => row.id)).size).toBe(all.length);
    const deadlines = all.map((row) => row.dueAt);
    const firstNull = deadlines.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(deadlines.slice(firstNull).every((due) => due === null)).toBe(true);
    const dated = deadlines.slice(0, firstNull) as string[];
    expect(dated).toEqual([...dated].sort());
  });

  it('refuses unknown comments, cases and assignees with clear messages', async () => {
    const unknown = await test.gql(ESCALATE, {
      input: { commentIds: ['nope'], category: 'OTHER', team: 'NURSING' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [id] = await ingest([{ text: 'Cafeteria closes too early', urgency: 'LOW' }]);
    const badAssignee = await test.gql(ESCALATE, {
      input: { commentIds: [id], category: 'OTHER', team: 'NURSING', assigneeId: 'nobody' },
    });
    expect(badAssignee.errors?.[0]).toMatchObject({
      message: 'The assignee must be an active team member.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const empty = await test.gql(ESCALATE, {
      input: { commentIds: [], category: 'OTHER', team: 'NURSING' },
    });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const noCase = await test.gql(ADD_NOTE, { input: { id: 'nope', text: 'Hello' } });
    expect(noCase.errors?.[0]).toMatchObject({
      message: 'The case was not found.',
      extensions: { code: 'NOT_FOUND' },
    });
    const missing = await test.gql<{ case: null }>(CASE, { id: 'nope' });
    expect(missing.data).toEqual({ case: null });
  });
});
