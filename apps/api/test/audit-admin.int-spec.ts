import { AuditService, UsersService } from '@bedside/server';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';

import { signInAs } from './sessions';
import { createTestApp, dialectsUnderTest, type GraphQLResponse, type TestApp } from './test-app';

const AUDIT_EVENTS = /* GraphQL */ `
  query Audit($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          seq
          action
          actorKind
          actorId
          actorName
          targetType
          targetId
          details {
            key
            value
          }
        }
      }
    }
  }
`;

interface AuditNode {
  seq: number;
  action: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  details: { key: string; value: string }[];
}

interface AuditEventsShape {
  auditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: AuditNode }[];
  };
}

const USER_FIELDS = 'id email displayName role active deactivatedAt lockedUntil';
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`;
const RESET_PASSWORD = `mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { ${USER_FIELDS} } }`;
const VIEWER = '{ viewer { id role } }';
const PASSWORD = 'correct horse battery staple';

function codeOf(result: GraphQLResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

function actionsOf(result: GraphQLResponse<AuditEventsShape>): string[] {
  return result.data!.auditEvents.edges.map((edge) => edge.node.action);
}

async function signInAttempt(
  test: TestApp,
  email: string,
  password: string,
  forwardedFor?: string,
): Promise<{ status: number; retryAfter: string | null; body: GraphQLResponse<unknown> }> {
  const response = await fetch(`${test.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: { input: { email, password } },
    }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as GraphQLResponse<unknown>,
  };
}

function exportUrl(test: TestApp, query = ''): string {
  return `${test.url}/api/audit-events.csv${query}`;
}

describe.each(dialectsUnderTest())('the audit page API on %s', (dialect) => {
  let test: TestApp;
  let managerToken: string;

  beforeAll(async () => {
    test = await createTestApp({ dialect });
    managerToken = await test.tokenFor('manager');
    const audit = test.app.get(AuditService);
    const dana = {
      kind: 'user' as const,
      id: 'u-dana',
      userId: 'u-dana',
      role: 'agent' as const,
      displayName: 'Dana',
      sessionId: null,
    };
    const lee = { ...dana, id: 'u-lee', userId: 'u-lee', displayName: 'Lee' };
    const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));
    const events = [
      { day: 1, actor: dana, action: 'comment.status_changed', target: 'c1' },
      { day: 2, actor: lee, action: 'comment.phi_viewed', target: 'c1' },
      { day: 3, actor: dana, action: 'comment.status_changed', target: 'c2' },
      { day: 4, actor: null, action: 'comments.ingested', target: null },
      { day: 5, actor: lee, action: 'api_token.created', target: 't1' },
      { day: 6, actor: dana, action: 'comment.labels_corrected', target: 'c2' },
    ];
    for (const event of events) {
      test.clock.set(at(event.day));
      await audit.recordNow({
        actor: event.actor,
        action: event.action,
        targetType: event.target ? (event.target.startsWith('c') ? 'comment' : 'api_token') : null,
        targetId: event.target,
        details: { from: 'new', to: 'closed', intents: ['complaint', 'praise'] },
      });
    }
    test.clock.set(new Date('2026-11-23T12:00:00.000Z'));
  });
  afterAll(() => test.close());

  /** Events these specs recorded (the harness's token creation is in the trail too). */
  const mine = { targetType: 'comment' };

  it('pages the trail newest first with keyset cursors and counts every match', async () => {
    const first = await test.gql<AuditEventsShape>(
      AUDIT_EVENTS,
      { filter: mine, first: 2 },
      { bearer: managerToken },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.auditEvents.totalCount).toBe(4);
    expect(actionsOf(first)).toEqual(['comment.labels_corrected', 'comment.status_changed']);
    expect(first.data!.auditEvents.pageInfo.hasNextPage).toBe(true);

    const second = await test.gql<AuditEventsShape>(
      AUDIT_EVENTS,
      { filter: mine, first: 2, after: first.data!.auditEvents.pageInfo.endCursor },
      { bearer: managerToken },
    );
    expect(actionsOf(second)).toEqual(['comment.phi_viewed', 'comment.status_changed']);
    expect(second.data!.auditEvents.pageInfo.hasNextPage).toBe(false);
    const seqs = [...first.data!.auditEvents.edges, ...second.data!.auditEvents.edges].map(
      (edge) => edge.node.seq,
    );
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    const node = second.data!.auditEvents.edges[1].node;
    expect(node).toMatchObject({ actorKind: 'USER', actorName: 'Dana', targetId: 'c1' });
    expect(node.details).toEqual([
      { key: 'from', value: 'new' },
      { key: 'intents', value: 'complaint, praise' },
      { key: 'to', value: 'closed' },
    ]);
  });

  it.each([
    [{ actions: ['comment.status_changed'] }, ['comment.status_changed', 'comment.status_changed']],
    [
      { actions: ['comment.'] },
      [
        'comment.labels_corrected',
        'comment.status_changed',
        'comment.phi_viewed',
        'comment.status_changed',
      ],
    ],
    [
      { actions: ['api_token.', 'comments.ingested'], to: '2026-11-10T00:00:00.000Z' },
      ['api_token.created', 'comments.ingested'],
    ],
    [{ actorId: 'u-lee' }, ['api_token.created', 'comment.phi_viewed']],
    [
      { targetType: 'comment', targetId: 'c2' },
      ['comment.labels_corrected', 'comment.status_changed'],
    ],
    [
      { from: '2026-11-02T00:00:00.000Z', to: '2026-11-04T00:00:00.000Z' },
      ['comment.status_changed', 'comment.phi_viewed'],
    ],
  ])('filters by %j', async (filter, expected) => {
    const result = await test.gql<AuditEventsShape>(
      AUDIT_EVENTS,
      { filter },
      { bearer: managerToken },
    );
    expect(result.errors).toBeUndefined();
    expect(actionsOf(result)).toEqual(expected);
  });

  it('refuses a malformed action filter and a foreign cursor', async () => {
    const badAction = await test.gql(AUDIT_EVENTS, { filter: { actions: ['Comment%'] } });
    expect(codeOf(badAction)).toBe('BAD_USER_INPUT');
    const foreign = Buffer.from(JSON.stringify(['newest', 'x', 'y'])).toString('base64url');
    expect(codeOf(await test.gql(AUDIT_EVENTS, { after: foreign }))).toBe('BAD_USER_INPUT');
  });

  it('lists the actions and actors for the filter dropdowns', async () => {
    const result = await test.gql<{
      auditActions: string[];
      auditActors: { id: string; kind: string; name: string }[];
    }>('{ auditActions auditActors { id kind name } }', {}, { bearer: managerToken });
    expect(result.data!.auditActions).toEqual([
      'api_token.created',
      'comment.labels_corrected',
      'comment.phi_viewed',
      'comment.status_changed',
      'comments.ingested',
    ]);
    expect(result.data!.auditActors).toEqual([
      { id: 'u-dana', kind: 'USER', name: 'Dana' },
      { id: 'u-lee', kind: 'USER', name: 'Lee' },
    ]);
  });

  it('reports an intact chain with the number of events checked', async () => {
    const result = await test.gql<{
      auditChainStatus: { intact: boolean; checkedCount: number; brokenAtSeq: number | null };
    }>('{ auditChainStatus { intact checkedCount brokenAtSeq } }', {}, { bearer: managerToken });
    const total = await test.app
      .get(DataSource)
      .query<{ n: number | string }[]>('SELECT COUNT(*) AS n FROM audit_events');
    expect(result.data!.auditChainStatus).toEqual({
      intact: true,
      checkedCount: Number(total[0].n),
      brokenAtSeq: null,
    });
  });

  it('refuses the audit trail to agents and reviewers', async () => {
    for (const role of ['agent', 'reviewer'] as const) {
      const token = await test.tokenFor(role);
      for (const query of [
        '{ auditEvents { totalCount } }',
        '{ auditActions }',
        '{ auditChainStatus { intact } }',
      ]) {
        expect(codeOf(await test.gql(query, {}, { bearer: token }))).toBe('FORBIDDEN');
      }
    }
  });
});

describe('the audit CSV export', () => {
  let test: TestApp;
  let managerToken: string;

  beforeAll(async () => {
    test = await createTestApp();
    managerToken = await test.tokenFor('manager');
  });
  afterAll(() => test.close());

  it('refuses anonymous callers and agents with a status code', async () => {
    const anonymous = await fetch(exportUrl(test));
    expect(anonymous.status).toBe(401);
    await expect(anonymous.json()).resolves.toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'Please sign in.' },
    });
    const agent = await fetch(exportUrl(test), {
      headers: { authorization: `Bearer ${await test.tokenFor('agent')}` },
    });
    expect(agent.status).toBe(403);
    await expect(agent.json()).resolves.toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('streams every matching event as CSV, escaping formulas, and records the export', async () => {
    const users = test.app.get(UsersService);
    const sneaky = await users.create({
      email: 'sneaky@example.org',
      displayName: '=HYPERLINK("http://evil.example","open me")',
      role: 'agent',
      password: PASSWORD,
    });
    const audit = test.app.get(AuditService);
    const actor = {
      kind: 'user' as const,
      id: sneaky.id,
      userId: sneaky.id,
      role: 'agent' as const,
      displayName: sneaky.displayName,
      sessionId: null,
    };
    // More than one page of the export's reads, written in one transaction to keep it quick.
    await test.app.get(DataSource).transaction(async (manager) => {
      for (let index = 0; index < 1200; index += 1) {
        await audit.record(manager, {
          actor,
          action: 'comment.status_changed',
          targetType: 'comment',
          targetId: `c${index}`,
          details: { from: 'new', to: index % 2 ? 'closed' : 'hidden' },
        });
      }
    });
    const manager = await signInAs(test, {
      email: 'mara@example.org',
      displayName: 'Mara',
      role: 'manager',
    });

    const response = await fetch(
      exportUrl(test, `?actions=comment.&actorId=${sneaky.id}&from=2026-11-01T00:00:00Z`),
      { headers: { cookie: manager.cookie } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="bedside-audit-2026-11-23.csv"',
    );
    const rows = parse<Record<string, string>>(await response.text(), { columns: true });
    expect(rows).toHaveLength(1200);
    expect(Object.keys(rows[0])).toEqual([
      'seq',
      'time',
      'actor_kind',
      'actor_id',
      'actor_name',
      'action',
      'target_type',
      'target_id',
      'details',
      'hash',
    ]);
    expect(rows[0]).toMatchObject({
      actor_kind: 'user',
      actor_name: `'=HYPERLINK("http://evil.example","open me")`,
      action: 'comment.status_changed',
      target_id: 'c1199',
      details: '{"from":"new","to":"closed"}',
    });
    expect(rows.map((row) => Number(row['seq']))).toEqual(
      rows.map((row) => Number(row['seq'])).sort((a, b) => b - a),
    );
    expect(new Set(rows.map((row) => row['target_id'])).size).toBe(1200);

    const exported = await test.gql<AuditEventsShape>(
      AUDIT_EVENTS,
      { filter: { actions: ['audit.exported'] } },
      { bearer: managerToken },
    );
    const exports = exported.data!.auditEvents.edges.map((edge) => edge.node);
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ actorKind: 'USER', actorId: manager.id });
    const [filter, upToSeq] = exports[0].details;
    expect(filter).toEqual({
      key: 'filter',
      value: JSON.stringify({
        actions: ['comment.'],
        actorId: sneaky.id,
        from: '2026-11-01T00:00:00.000Z',
      }),
    });
    expect(upToSeq.key).toBe('upToSeq');
    expect(Number(upToSeq.value)).toBeGreaterThanOrEqual(Number(rows[0]['seq']));
  });

  it('answers a bad filter with 400 and records nothing', async () => {
    const countExports = async () => {
      const exported = await test.gql<AuditEventsShape>(AUDIT_EVENTS, {
        filter: { actions: ['audit.exported'] },
      });
      return exported.data!.auditEvents.totalCount;
    };
    const before = await countExports();
    for (const query of ['?from=yesterday', '?actions=DROP%20TABLE', '?actorId=a&actorId=b']) {
      const response = await fetch(exportUrl(test, query), {
        headers: { authorization: `Bearer ${managerToken}` },
      });
      expect(response.status).toBe(400);
      await expect(response.json()).resolves.toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    }
    await expect(countExports()).resolves.toBe(before);
  });
});

describe('a tampered audit trail', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('is reported broken at the changed event', async () => {
    const audit = test.app.get(AuditService);
    for (const target of ['c1', 'c2', 'c3']) {
      await audit.recordNow({
        actor: null,
        action: 'comment.status_changed',
        targetType: 'comment',
        targetId: target,
      });
    }
    const [row] = await test.app
      .get(DataSource)
      .query<{ seq: number }[]>("SELECT seq FROM audit_events WHERE target_id = 'c2'");
    await test.app
      .get(DataSource)
      .query("UPDATE audit_events SET target_id = 'c9' WHERE target_id = 'c2'");

    const result = await test.gql<{
      auditChainStatus: {
        intact: boolean;
        checkedCount: number;
        brokenAtSeq: number;
        reason: string;
      };
    }>('{ auditChainStatus { intact checkedCount brokenAtSeq reason } }');
    expect(result.data!.auditChainStatus).toEqual({
      intact: false,
      checkedCount: row.seq - 1,
      brokenAtSeq: row.seq,
      reason: `event ${row.seq} was changed after it was written`,
    });
  });
});

describe.each(dialectsUnderTest())('team administration on %s', (dialect) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await createTestApp({ dialect });
  });
  afterAll(() => test.close());

  it('creates a member, audited with the admin who did it, and refuses a duplicate or weak one', async () => {
    const admin = await signInAs(test, {
      email: 'ada@example.org',
      displayName: 'Ada',
      role: 'admin',
    });
    const created = await test.gql<{ createUser: Record<string, unknown> }>(
      CREATE_USER,
      {
        input: {
          email: ' Noor@Example.org ',
          displayName: 'Noor',
          role: 'REVIEWER',
          password: PASSWORD,
        },
      },
      { cookie: admin.cookie },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createUser).toMatchObject({
      email: 'noor@example.org',
      displayName: 'Noor',
      role: 'REVIEWER',
      active: true,
      deactivatedAt: null,
    });
    const events = await test.gql<AuditEventsShape>(AUDIT_EVENTS, {
      filter: { actions: ['user.created'], targetId: created.data!.createUser['id'] },
    });
    expect(events.data!.auditEvents.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        actorName: 'Ada',
        details: [{ key: 'role', value: 'reviewer' }],
      }),
    ]);

    const duplicate = await test.gql(CREATE_USER, {
      input: { email: 'noor@example.org', displayName: 'N', role: 'AGENT', password: PASSWORD },
    });
    expect(codeOf(duplicate)).toBe('CONFLICT');
    const weak = await test.gql<unknown>(CREATE_USER, {
      input: { email: 'sam@example.org', displayName: 'Sam', role: 'AGENT', password: 'short' },
    });
    expect(weak.errors?.[0]).toMatchObject({
      message: 'The password must have at least 12 characters.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('lists accounts to admins only, and active teammates without e-mails to everyone', async () => {
    const gone = await signInAs(test, {
      email: 'gone@example.org',
      displayName: 'Gone',
      role: 'agent',
    });
    await test.gql(UPDATE_USER, { input: { id: gone.id, active: false } });
    await signInAs(test, { email: 'here@example.org', displayName: 'Here', role: 'reviewer' });
    const agent = await test.tokenFor('agent');
    const manager = await test.tokenFor('manager');

    expect(codeOf(await test.gql('{ users { id } }', {}, { bearer: manager }))).toBe('FORBIDDEN');
    const users = await test.gql<{ users: { email: string; active: boolean }[] }>(
      '{ users { email active } }',
    );
    expect(users.data!.users).toContainEqual({ email: 'gone@example.org', active: false });

    const team = await test.gql<{ teamMembers: { id: string; displayName: string }[] }>(
      '{ teamMembers { id displayName role } }',
      {},
      { bearer: agent },
    );
    expect(team.errors).toBeUndefined();
    expect(team.data!.teamMembers.map((member) => member.displayName)).not.toContain('Gone');
    const here = team.data!.teamMembers.find((member) => member.displayName === 'Here');
    expect(Object.keys(here ?? {})).toEqual(['id', 'displayName', 'role']);
    expect(here).toMatchObject({ role: 'REVIEWER' });
    const emails = await test.gql('{ teamMembers { email } }', {}, { bearer: agent });
    expect(codeOf(emails)).toBe('BAD_USER_INPUT');
  });

  it('signs a member out everywhere when their role changes or they are deactivated', async () => {
    const member = await signInAs(test, {
      email: 'kai@example.org',
      displayName: 'Kai',
      role: 'agent',
    });
    expect(codeOf(await test.gql(VIEWER, {}, { cookie: member.cookie }))).toBeUndefined();

    const promoted = await test.gql<{ updateUser: { role: string } }>(UPDATE_USER, {
      input: { id: member.id, role: 'MANAGER', displayName: 'Kai M.' },
    });
    expect(promoted.data!.updateUser).toMatchObject({ role: 'MANAGER', displayName: 'Kai M.' });
    expect(codeOf(await test.gql(VIEWER, {}, { cookie: member.cookie }))).toBe('UNAUTHENTICATED');

    const again = await signInAttempt(test, 'kai@example.org', PASSWORD);
    expect(again.body.errors).toBeUndefined();
    await test.gql(UPDATE_USER, { input: { id: member.id, active: false } });
    const refused = await signInAttempt(test, 'kai@example.org', PASSWORD);
    expect(codeOf(refused.body)).toBe('UNAUTHENTICATED');

    const reactivated = await test.gql<{ updateUser: { active: boolean } }>(UPDATE_USER, {
      input: { id: member.id, active: true },
    });
    expect(reactivated.data!.updateUser.active).toBe(true);
    expect((await signInAttempt(test, 'kai@example.org', PASSWORD)).body.errors).toBeUndefined();

    const events = await test.gql<AuditEventsShape>(AUDIT_EVENTS, {
      filter: { actions: ['user.updated'], targetId: member.id },
    });
    expect(events.data!.auditEvents.edges.map((edge) => edge.node.details)).toEqual([
      [{ key: 'reactivated', value: 'true' }],
      [
        { key: 'deactivated', value: 'true' },
        { key: 'sessionsEnded', value: '1' },
      ],
      [
        { key: 'previousRole', value: 'agent' },
        { key: 'renamed', value: 'true' },
        { key: 'role', value: 'manager' },
        { key: 'sessionsEnded', value: '1' },
      ],
    ]);
  });

  it('keeps one active admin, and never lets admins remove their own rights', async () => {
    const fresh = await createTestApp({ dialect });
    try {
      const ada = await signInAs(fresh, {
        email: 'ada@example.org',
        displayName: 'Ada',
        role: 'admin',
      });
      const self = await fresh.gql(
        UPDATE_USER,
        { input: { id: ada.id, role: 'MANAGER' } },
        { cookie: ada.cookie },
      );
      expect(self.errors?.[0]).toMatchObject({
        message:
          'You cannot remove your own admin role or deactivate yourself: ask another admin to do it.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      // An admin API token is not a person: the last-admin rule still holds.
      const last = await fresh.gql(UPDATE_USER, { input: { id: ada.id, active: false } });
      expect(last.errors?.[0]).toMatchObject({
        message: 'Bedside needs at least one active admin: make someone else an admin first.',
        extensions: { code: 'BAD_USER_INPUT' },
      });

      const bo = await signInAs(fresh, {
        email: 'bo@example.org',
        displayName: 'Bo',
        role: 'admin',
      });
      const demoted = await fresh.gql<{ updateUser: { role: string } }>(
        UPDATE_USER,
        { input: { id: bo.id, role: 'AGENT' } },
        { cookie: ada.cookie },
      );
      expect(demoted.data!.updateUser.role).toBe('AGENT');
      const lastAgain = await fresh.gql(UPDATE_USER, { input: { id: ada.id, role: 'AGENT' } });
      expect(codeOf(lastAgain)).toBe('BAD_USER_INPUT');
      const viewer = await fresh.gql<{ viewer: { role: string } }>(
        VIEWER,
        {},
        { cookie: ada.cookie },
      );
      expect(viewer.data!.viewer.role).toBe('ADMIN');
      expect(codeOf(await fresh.gql(UPDATE_USER, { input: { id: 'nobody', active: false } }))).toBe(
        'NOT_FOUND',
      );
    } finally {
      await fresh.close();
    }
  });

  it('resets a password: lifts the lock-out, ends sessions, and is audited', async () => {
    const member = await signInAs(test, {
      email: 'ren@example.org',
      displayName: 'Ren',
      role: 'agent',
    });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await signInAttempt(test, 'ren@example.org', 'not the password');
    }
    const locked = await test.gql<{ users: { email: string; lockedUntil: string | null }[] }>(
      '{ users { email lockedUntil } }',
    );
    expect(locked.data!.users.find((user) => user.email === 'ren@example.org')?.lockedUntil).toBe(
      new Date(test.clock.now().getTime() + 15 * 60_000).toISOString(),
    );

    const weak = await test.gql(RESET_PASSWORD, { input: { id: member.id, newPassword: 'short' } });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    const reset = await test.gql<{ resetUserPassword: { lockedUntil: string | null } }>(
      RESET_PASSWORD,
      { input: { id: member.id, newPassword: 'a brand new passphrase' } },
    );
    expect(reset.data!.resetUserPassword.lockedUntil).toBeNull();
    expect(codeOf(await test.gql(VIEWER, {}, { cookie: member.cookie }))).toBe('UNAUTHENTICATED');
    expect(codeOf((await signInAttempt(test, 'ren@example.org', PASSWORD)).body)).toBe(
      'UNAUTHENTICATED',
    );
    const signedIn = await signInAttempt(test, 'ren@example.org', 'a brand new passphrase');
    expect(signedIn.body.errors).toBeUndefined();

    const events = await test.gql<AuditEventsShape>(AUDIT_EVENTS, {
      filter: { actions: ['user.password_reset'], targetId: member.id },
    });
    expect(events.data!.auditEvents.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        actorKind: 'TOKEN',
        details: [{ key: 'sessionsEnded', value: '1' }],
      }),
    ]);
    expect(JSON.stringify(events)).not.toContain('passphrase');
  });
});

describe('rate limits', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await createTestApp({
      env: {
        RATE_LIMIT_SIGN_IN_PER_IP: '4',
        RATE_LIMIT_SIGN_IN_PER_EMAIL: '2',
        RATE_LIMIT_API_PER_MINUTE: '5',
        TRUST_PROXY: 'true',
      },
    });
  });
  afterAll(() => test.close());

  it('limits sign-in attempts per e-mail and per address, with the seconds to wait', async () => {
    await test.app.get(UsersService).create({
      email: 'pat@example.org',
      role: 'agent',
      password: PASSWORD,
    });
    const wrong = 'not the password';
    expect(codeOf((await signInAttempt(test, 'pat@example.org', wrong, '10.0.0.1')).body)).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf((await signInAttempt(test, 'PAT@example.org', wrong, '10.0.0.2')).body)).toBe(
      'UNAUTHENTICATED',
    );
    // The right password from a third address is still refused: the e-mail's budget is spent.
    const perEmail = await signInAttempt(test, 'pat@example.org', PASSWORD, '10.0.0.3');
    const refusal = perEmail.body.errors?.[0];
    expect(refusal?.message).toMatch(/^Too many sign-in attempts\. Try again in \d+ seconds\.$/);
    expect(refusal?.extensions?.code).toBe('RATE_LIMITED');
    const retryAfterSeconds = (refusal?.extensions as { retryAfterSeconds?: unknown })
      .retryAfterSeconds;
    expect(retryAfterSeconds).toBeGreaterThan(0);
    expect(perEmail.retryAfter).toBe(String(retryAfterSeconds));

    for (const email of ['a@example.org', 'b@example.org']) {
      await signInAttempt(test, email, wrong, '10.0.0.9');
    }
    await signInAttempt(test, 'c@example.org', wrong, '10.0.0.9');
    await signInAttempt(test, 'd@example.org', wrong, '10.0.0.9');
    const perAddress = await signInAttempt(test, 'e@example.org', wrong, '10.0.0.9');
    expect(codeOf(perAddress.body)).toBe('RATE_LIMITED');
    const elsewhere = await signInAttempt(test, 'e@example.org', wrong, '10.0.0.10');
    expect(codeOf(elsewhere.body)).toBe('UNAUTHENTICATED');
  });

  it('limits each caller on the API and the export, never /health', async () => {
    const token = await test.tokenFor('manager');
    const other = await test.tokenFor('manager');
    for (let request = 0; request < 5; request += 1) {
      expect(codeOf(await test.gql(VIEWER, {}, { bearer: token }))).toBeUndefined();
    }
    const limited = await test.gql(VIEWER, {}, { bearer: token });
    const extensions = limited.errors?.[0]?.extensions as Record<string, unknown>;
    expect(Object.keys(extensions).sort()).toEqual(['code', 'retryAfterSeconds']);
    expect(extensions['code']).toBe('RATE_LIMITED');
    expect(extensions['retryAfterSeconds']).toBeGreaterThan(0);
    const csv = await fetch(exportUrl(test), { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(429);
    expect(Number(csv.headers.get('retry-after'))).toBeGreaterThan(0);
    await expect(csv.json()).resolves.toMatchObject({ error: { code: 'RATE_LIMITED' } });

    expect(codeOf(await test.gql(VIEWER, {}, { bearer: other }))).toBeUndefined();
    const health = await Promise.all(Array.from({ length: 12 }, () => fetch(`${test.url}/health`)));
    expect(health.map((response) => response.status)).toEqual(Array(12).fill(200));
  });
});
