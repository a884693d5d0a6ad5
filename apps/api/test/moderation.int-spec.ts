import {
  PLATFORM_MODERATION,
  type PlatformCommentRef,
  type PlatformModeration,
} from '@bedside/server';
import { DataSource } from 'typeorm';

import { commentRow, INGEST, type IngestReportShape } from './fixtures';
import { type SignedInUser, signInAs } from './sessions';
import { waitFor } from './support/wait-for';
import { createTestApp, type Credentials, dialectsUnderTest, type TestApp } from './test-app';

const ACTION_FIELDS = /* GraphQL */ `
  fragment ActionFields on ModerationAction {
    id
    commentId
    kind
    automatic
    ruleId
    ruleName
    condition
    reasonCode
    explanation
    team
    caseId
    previousStatus
    revision
    state
    platform
    platformNote
    appliedByName
    decidedByName
    canUndo
  }
`;

const COMMENT = /* GraphQL */ `
  query Comment($id: ID!) {
    comment(id: $id) {
      id
      status
      cases {
        id
        team
        category
        createdByName
      }
      moderationActions {
        ...ActionFields
      }
    }
  }
  ${ACTION_FIELDS}
`;

const CREATE_RULE = /* GraphQL */ `
  mutation CreateRule($input: CreateModerationRuleInput!) {
    createModerationRule(input: $input) {
      id
      name
      enabled
      condition
      intents
      minConfidence
      action
      team
      reasonCode
      summary
      updatedByName
    }
  }
`;

const UPDATE_RULE = /* GraphQL */ `
  mutation UpdateRule($input: UpdateModerationRuleInput!) {
    updateModerationRule(input: $input) {
      id
      enabled
      summary
    }
  }
`;

const DELETE_RULE = /* GraphQL */ `
  mutation DeleteRule($input: DeleteModerationRuleInput!) {
    deleteModerationRule(input: $input)
  }
`;

const RULES = /* GraphQL */ `
  {
    moderationRules {
      id
      name
      enabled
      condition
      action
      reasonCode
      summary
    }
  }
`;

const UPDATE_LISTS = /* GraphQL */ `
  mutation UpdateLists($input: UpdateModerationWordListsInput!) {
    updateModerationWordLists(input: $input) {
      banned
      suspect
      trustedDomains
      updatedByName
    }
  }
`;

const UNDO = /* GraphQL */ `
  mutation Undo($input: ModerationActionInput!) {
    undoModerationAction(input: $input) {
      ...ActionFields
      comment {
        id
        status
      }
    }
  }
  ${ACTION_FIELDS}
`;

const CONFIRM = /* GraphQL */ `
  mutation Confirm($input: ModerationActionInput!) {
    confirmModerationAction(input: $input) {
      ...ActionFields
    }
  }
  ${ACTION_FIELDS}
`;

const HIDE = /* GraphQL */ `
  mutation Hide($input: HideCommentInput!) {
    hideComment(input: $input) {
      ...ActionFields
    }
  }
  ${ACTION_FIELDS}
`;

const UNHIDE = /* GraphQL */ `
  mutation Unhide($input: UnhideCommentInput!) {
    unhideComment(input: $input) {
      id
      status
    }
  }
`;

const ACTIONS = /* GraphQL */ `
  query Actions($automatic: Boolean, $state: ModerationActionState, $first: Int, $after: String) {
    moderationActions(automatic: $automatic, state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ActionFields
          comment {
            id
            status
          }
        }
      }
    }
  }
  ${ACTION_FIELDS}
`;

const COUNTS = '{ inboxCounts { new hidden escalated } }';

interface ActionShape {
  id: string;
  commentId: string;
  kind: string;
  automatic: boolean;
  ruleId: string | null;
  ruleName: string | null;
  condition: string | null;
  reasonCode: string | null;
  explanation: string | null;
  team: string | null;
  caseId: string | null;
  previousStatus: string;
  revision: number;
  state: string;
  platform: string;
  platformNote: string;
  appliedByName: string | null;
  decidedByName: string | null;
  canUndo: boolean;
}

interface CommentShape {
  comment: {
    id: string;
    status: string;
    cases: { id: string; team: string; category: string; createdByName: string | null }[];
    moderationActions: ActionShape[];
  };
}

interface ActionsShape {
  moderationActions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: ActionShape & { comment: { id: string; status: string } } }[];
  };
}

interface AuditRow {
  action: string;
  actorKind: string;
  actorName: string | null;
  targetId: string | null;
  details: string | null;
}

const SPAM =
  'Lost funds to a scam? We recover stolen crypto 100% guaranteed, DM us now #cryptorecovery';
const MISINFORMATION =
  'No thanks. Flu shots alter your DNA and wreck your natural immunity. Do your own research.';
const BANNED = 'Total SC4M, this clinic. Avoid.';
const UNTRUSTED = 'Sending love? We deliver same day, code HOSPITAL20 at northbrookblooms.example';

describe.each(dialectsUnderTest())('moderation rules on %s', (dialect) => {
  let test: TestApp;
  let manager: Credentials;
  let reviewer: SignedInUser;
  let agent: SignedInUser;
  let seq = 0;

  /** Ingests comments (each with a fresh external id) and returns their Bedside ids in order. */
  async function ingest(
    rows: { text: string; channel?: string; authorName?: string }[],
  ): Promise<string[]> {
    const externalIds = rows.map(() => `mod-${(seq += 1)}`);
    const result = await test.gql<IngestReportShape>(INGEST, {
      comments: rows.map((row, index) =>
        commentRow(externalIds[index], row.text, index, {
          channel: row.channel ?? 'facebook',
          ...(row.authorName ? { authorName: row.authorName } : {}),
        }),
      ),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.ingestComments.accepted).toBe(rows.length);
    const found = await test.gql<{
      comments: { edges: { node: { id: string; externalId: string } }[] };
    }>('{ comments(first: 200) { edges { node { id externalId } } } }');
    return externalIds.map(
      (externalId) =>
        found.data!.comments.edges.find((edge) => edge.node.externalId === externalId)!.node.id,
    );
  }

  async function commentOf(id: string): Promise<CommentShape['comment']> {
    const result = await test.gql<CommentShape>(COMMENT, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.comment;
  }

  async function createRule(input: Record<string, unknown>): Promise<{ id: string }> {
    const result = await test.gql<{ createModerationRule: { id: string } }>(
      CREATE_RULE,
      { input },
      manager,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createModerationRule;
  }

  async function counts(): Promise<{ new: number; hidden: number; escalated: number }> {
    const result = await test.gql<{
      inboxCounts: { new: number; hidden: number; escalated: number };
    }>(COUNTS);
    return result.data!.inboxCounts;
  }

  async function auditRows(actions: string[]): Promise<AuditRow[]> {
    return test.app
      .get(DataSource)
      .createQueryBuilder()
      .select([
        'e.action AS "action"',
        'e.actor_kind AS "actorKind"',
        'e.actor_name AS "actorName"',
        'e.target_id AS "targetId"',
        'e.details AS "details"',
      ])
      .from('audit_events', 'e')
      .where('e.action IN (:...actions)', { actions })
      .orderBy('e.seq', 'ASC')
      .getRawMany<AuditRow>();
  }

  beforeAll(async () => {
    test = await createTestApp({ dialect });
    manager = { bearer: await test.tokenFor('manager') };
    reviewer = await signInAs(test, {
      email: 'rita@example.org',
      displayName: 'Rita Reviewer',
      role: 'reviewer',
    });
    agent = await signInAs(test, {
      email: 'alex@example.org',
      displayName: 'Alex Agent',
      role: 'agent',
    });
  });
  afterAll(() => test.close());

  // Rules apply to every comment that arrives: each test starts from the shipped rule only.
  afterEach(async () => {
    const rules = await test.gql<{ moderationRules: { id: string; name: string }[] }>(
      RULES,
      {},
      manager,
    );
    for (const rule of rules.data!.moderationRules) {
      if (rule.name !== 'Blocked authors') {
        await test.gql(DELETE_RULE, { input: { id: rule.id } }, manager);
      }
    }
    await test.gql(
      UPDATE_LISTS,
      { input: { banned: [], suspect: [], trustedDomains: [] } },
      manager,
    );
  });

  it('ships with one rule: blocked authors are hidden', async () => {
    const result = await test.gql<{ moderationRules: unknown[] }>(RULES, {}, manager);
    expect(result.data?.moderationRules).toEqual([
      expect.objectContaining({
        name: 'Blocked authors',
        enabled: true,
        condition: 'BLOCKED_AUTHOR',
        action: 'HIDE',
        reasonCode: 'HARASSMENT_THREATS',
        summary: 'Author is blocked → hide',
      }),
    ]);
  });

  it('hides a comment with a banned word as it arrives, labelled automatic, and restores it on undo', async () => {
    await test.gql(UPDATE_LISTS, { input: { banned: ['scam'] } }, manager);
    const rule = await createRule({
      name: 'Banned words',
      condition: 'BANNED_WORD',
      action: 'HIDE',
      reasonCode: 'PROFANITY_HATE',
    });
    const before = await counts();
    const [bannedId, cleanId] = await ingest([
      { text: BANNED },
      { text: 'Thank you to the night nurses on 5 West.' },
    ]);

    const hidden = await commentOf(bannedId);
    expect(hidden.status).toBe('HIDDEN');
    expect(hidden.moderationActions).toEqual([
      expect.objectContaining({
        kind: 'HIDE',
        automatic: true,
        ruleId: rule.id,
        ruleName: 'Banned words',
        condition: 'BANNED_WORD',
        reasonCode: 'PROFANITY_HATE',
        explanation: 'Contains the banned word “scam”',
        previousStatus: 'NEW',
        revision: 1,
        state: 'APPLIED',
        platform: 'NO_CONNECTOR',
        platformNote: 'No connector: hidden in Bedside only',
        appliedByName: null,
        canUndo: true,
      }),
    ]);
    expect((await commentOf(cleanId)).moderationActions).toEqual([]);
    // The hidden comment never counted as new: the tab badges stay right.
    expect(await counts()).toEqual({
      ...before,
      new: before.new + 1,
      hidden: before.hidden + 1,
    });

    const undone = await test.gql<{
      undoModerationAction: ActionShape & { comment: { status: string } };
    }>(UNDO, { input: { id: hidden.moderationActions[0].id } }, { cookie: reviewer.cookie });
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.undoModerationAction).toMatchObject({
      state: 'UNDONE',
      decidedByName: 'Rita Reviewer',
      canUndo: false,
      platform: 'NO_CONNECTOR',
      comment: { status: 'NEW' },
    });
    expect((await commentOf(bannedId)).status).toBe('NEW');
    expect(await counts()).toEqual({ ...before, new: before.new + 2 });

    const again = await test.gql(
      UNDO,
      { input: { id: hidden.moderationActions[0].id } },
      { cookie: reviewer.cookie },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // In the audit trail: the rule's action by the system, the undo by the reviewer, no text.
    const audited = (await auditRows(['moderation.applied', 'moderation.undone'])).filter(
      (row) => row.targetId === bannedId,
    );
    expect(audited.map((row) => [row.action, row.actorKind, row.actorName])).toEqual([
      ['moderation.applied', 'system', null],
      ['moderation.undone', 'user', 'Rita Reviewer'],
    ]);
    expect(JSON.parse(audited[0].details!)).toMatchObject({
      automatic: true,
      ruleId: rule.id,
      action: 'hide',
      from: 'new',
      to: 'hidden',
    });
    expect(JSON.parse(audited[1].details!)).toMatchObject({
      automatic: true,
      ruleId: rule.id,
      action: 'hide',
      from: 'hidden',
      to: 'new',
    });
  });

  it('hides and restores on the platform too once a connector can', async () => {
    // Stands in for a connected channel's connector (channels.int-spec drives a real one).
    const platform = test.app.get<PlatformModeration>(PLATFORM_MODERATION);
    const calls: string[] = [];
    Object.assign(platform, {
      canModerate: () => true,
      apply: (verb: string, ref: PlatformCommentRef) => {
        calls.push(`${verb} ${ref.channel} ${ref.externalId}`);
        return Promise.resolve({ outcome: 'done' as const });
      },
    });
    try {
      await test.gql(UPDATE_LISTS, { input: { banned: ['scam'] } }, manager);
      await createRule({
        name: 'Banned words',
        condition: 'BANNED_WORD',
        action: 'HIDE',
        reasonCode: 'PROFANITY_HATE',
      });
      const [id] = await ingest([{ text: BANNED }]);
      const externalId = `mod-${seq}`;
      const hidden = await waitFor(
        'the hide mirrored on the platform',
        () => commentOf(id),
        (comment) => comment.moderationActions[0]?.platform === 'DONE',
      );
      expect(hidden.moderationActions[0].platformNote).toBe('Done on the platform too');
      expect(calls).toEqual([`hide facebook ${externalId}`]);

      const undone = await test.gql<{ undoModerationAction: ActionShape }>(
        UNDO,
        { input: { id: hidden.moderationActions[0].id } },
        { cookie: reviewer.cookie },
      );
      expect(undone.data?.undoModerationAction).toMatchObject({
        state: 'UNDONE',
        platform: 'DONE',
      });
      expect(calls).toEqual([`hide facebook ${externalId}`, `unhide facebook ${externalId}`]);
    } finally {
      // Back to the class's own methods: no connector.
      for (const method of ['canModerate', 'apply']) {
        Reflect.deleteProperty(platform, method);
      }
    }
  });

  it('hides spam and abuse above the confidence a manager chose', async () => {
    await createRule({
      name: 'Spam or abuse',
      condition: 'INTENT',
      intents: ['SPAM', 'ABUSE'],
      minConfidence: 0.6,
      action: 'HIDE',
      reasonCode: 'SPAM_SCAM',
    });
    const [spamId, praiseId] = await ingest([
      { text: SPAM },
      { text: 'The cafeteria mac and cheese is undefeated.' },
    ]);
    const spam = await commentOf(spamId);
    expect(spam.status).toBe('HIDDEN');
    expect(spam.moderationActions[0]).toMatchObject({
      ruleName: 'Spam or abuse',
      condition: 'INTENT',
    });
    expect(spam.moderationActions[0].explanation).toMatch(/^Spam \(\d+%, at least 60%\)$/);
    expect((await commentOf(praiseId)).status).toBe('NEW');
  });

  it('holds a link to an untrusted domain until a moderator confirms or releases it', async () => {
    await test.gql(UPDATE_LISTS, { input: { trustedDomains: ['cdc.gov'] } }, manager);
    await createRule({
      name: 'Untrusted links',
      condition: 'UNTRUSTED_LINK',
      action: 'HOLD',
      reasonCode: 'COMMERCIAL_PROMOTION',
    });
    const [trustedId, heldId, secondHeldId] = await ingest([
      { text: 'The facts are at https://www.cdc.gov/flu for anyone asking.' },
      { text: UNTRUSTED },
      { text: 'Cheap scrubs at bit.ly/scrubs-deal' },
    ]);
    expect((await commentOf(trustedId)).status).toBe('NEW');
    const held = await commentOf(heldId);
    expect(held.status).toBe('HIDDEN');
    expect(held.moderationActions[0]).toMatchObject({
      kind: 'HOLD',
      explanation: 'Links to an untrusted domain: northbrookblooms.example',
      state: 'APPLIED',
    });

    // The log of holds waiting for a decision, newest first, a page at a time.
    const waiting = await test.gql<ActionsShape>(
      ACTIONS,
      { automatic: true, state: 'APPLIED', first: 1 },
      { cookie: reviewer.cookie },
    );
    expect(waiting.errors).toBeUndefined();
    // Earlier tests' actions are older; these two holds are the newest.
    expect(waiting.data?.moderationActions.totalCount).toBeGreaterThanOrEqual(2);
    expect(waiting.data?.moderationActions.pageInfo.hasNextPage).toBe(true);
    const next = await test.gql<ActionsShape>(
      ACTIONS,
      {
        automatic: true,
        state: 'APPLIED',
        first: 1,
        after: waiting.data?.moderationActions.pageInfo.endCursor,
      },
      { cookie: reviewer.cookie },
    );
    expect(
      [...waiting.data!.moderationActions.edges, ...next.data!.moderationActions.edges]
        .map((edge) => edge.node.comment.id)
        .sort(),
    ).toEqual([heldId, secondHeldId].sort());

    const confirmed = await test.gql<{ confirmModerationAction: ActionShape }>(
      CONFIRM,
      { input: { id: held.moderationActions[0].id } },
      { cookie: reviewer.cookie },
    );
    expect(confirmed.data?.confirmModerationAction).toMatchObject({
      state: 'CONFIRMED',
      decidedByName: 'Rita Reviewer',
      canUndo: true,
    });
    expect((await commentOf(heldId)).status).toBe('HIDDEN');

    // Releasing a rule's hold is a reviewer's decision, not an agent's.
    const byAgent = await test.gql(
      UNHIDE,
      { input: { commentId: secondHeldId } },
      { cookie: agent.cookie },
    );
    expect(byAgent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const released = await test.gql<{ unhideComment: { status: string } }>(
      UNHIDE,
      { input: { commentId: secondHeldId } },
      { cookie: reviewer.cookie },
    );
    expect(released.data?.unhideComment.status).toBe('NEW');
    expect((await commentOf(secondHeldId)).moderationActions[0].state).toBe('UNDONE');
  });

  it('assigns misinformation to the communications team, and undo removes the untouched case', async () => {
    await createRule({
      name: 'Misinformation to comms',
      condition: 'INTENT',
      intents: ['MISINFORMATION'],
      minConfidence: 0.6,
      action: 'ASSIGN_TEAM',
      team: 'COMMUNICATIONS',
    });
    const [firstId, secondId] = await ingest([{ text: MISINFORMATION }, { text: MISINFORMATION }]);
    const first = await commentOf(firstId);
    expect(first.status).toBe('ESCALATED');
    expect(first.cases).toEqual([
      expect.objectContaining({
        team: 'COMMUNICATIONS',
        category: 'MEDIA_LEGAL',
        createdByName: null,
      }),
    ]);
    expect(first.moderationActions[0]).toMatchObject({
      kind: 'ASSIGN_TEAM',
      automatic: true,
      team: 'COMMUNICATIONS',
      caseId: first.cases[0].id,
      reasonCode: null,
      platform: 'NOT_APPLICABLE',
    });

    const undone = await test.gql<{ undoModerationAction: ActionShape }>(
      UNDO,
      { input: { id: first.moderationActions[0].id } },
      { cookie: reviewer.cookie },
    );
    expect(undone.data?.undoModerationAction).toMatchObject({ state: 'UNDONE', caseId: null });
    const restored = await commentOf(firstId);
    expect(restored.status).toBe('NEW');
    expect(restored.cases).toEqual([]);
    const gone = await test.gql<{ case: unknown }>('query($id: ID!) { case(id: $id) { id } }', {
      id: first.cases[0].id,
    });
    expect(gone.data?.case).toBeNull();

    // Once someone works on the case, undo is refused: the case page is where it changes.
    const second = await commentOf(secondId);
    const started = await test.gql(
      'mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id } }',
      { input: { id: second.cases[0].id, status: 'IN_PROGRESS' } },
    );
    expect(started.errors).toBeUndefined();
    const refused = await test.gql(
      UNDO,
      { input: { id: second.moderationActions[0].id } },
      { cookie: reviewer.cookie },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await commentOf(secondId)).status).toBe('ESCALATED');
  });

  it('keeps the word lists clean and refuses rules the community guidelines do not allow', async () => {
    const lists = await test.gql<{ updateModerationWordLists: Record<string, unknown> }>(
      UPDATE_LISTS,
      {
        input: {
          banned: [' Scam ', 'scam', 'Crypto  Recovery'],
          suspect: ['DM me'],
          trustedDomains: ['https://www.CDC.gov/flu', 'nih.gov'],
        },
      },
      manager,
    );
    expect(lists.errors).toBeUndefined();
    expect(lists.data?.updateModerationWordLists).toEqual({
      banned: ['scam', 'crypto recovery'],
      suspect: ['dm me'],
      trustedDomains: ['cdc.gov', 'nih.gov'],
      updatedByName: 'API token "test manager"',
    });

    const badDomain = await test.gql(
      UPDATE_LISTS,
      { input: { trustedDomains: ['not a domain'] } },
      manager,
    );
    expect(badDomain.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDomain.errors?.[0]?.message).toBe(
      'Trusted domains: "not a domain" is not a domain name like cdc.gov.',
    );

    const hideComplaints = await test.gql(
      CREATE_RULE,
      {
        input: {
          name: 'Hide complaints',
          condition: 'INTENT',
          intents: ['COMPLAINT'],
          minConfidence: 0.5,
          action: 'HIDE',
          reasonCode: 'SPAM_SCAM',
        },
      },
      manager,
    );
    expect(hideComplaints.errors?.[0]?.message).toBe(
      'Only spam or abuse can be hidden by intent; complaints and questions are answered.',
    );
    const noReason = await test.gql(
      CREATE_RULE,
      { input: { name: 'No reason', condition: 'BANNED_WORD', action: 'HIDE' } },
      manager,
    );
    expect(noReason.errors?.[0]?.message).toBe(
      'Hiding needs a reason from the community guidelines.',
    );
  });

  it('applies rule changes to the next comment and keeps a deleted rule’s actions undoable', async () => {
    await test.gql(UPDATE_LISTS, { input: { suspect: ['dm me'] } }, manager);
    const rule = await createRule({
      name: 'Suspect words',
      condition: 'SUSPECT_WORD',
      action: 'HOLD',
      reasonCode: 'SPAM_SCAM',
    });
    const off = await test.gql<{ updateModerationRule: { enabled: boolean } }>(
      UPDATE_RULE,
      { input: { id: rule.id, enabled: false } },
      manager,
    );
    expect(off.data?.updateModerationRule.enabled).toBe(false);
    const [whileOff] = await ingest([{ text: 'DM me for a deal on parking' }]);
    expect((await commentOf(whileOff)).status).toBe('NEW');

    await test.gql(UPDATE_RULE, { input: { id: rule.id, enabled: true } }, manager);
    const [whileOn] = await ingest([{ text: 'dm   ME for a deal on parking' }]);
    const held = await commentOf(whileOn);
    expect(held.status).toBe('HIDDEN');

    const deleted = await test.gql(DELETE_RULE, { input: { id: rule.id } }, manager);
    expect(deleted.errors).toBeUndefined();
    const orphan = (await commentOf(whileOn)).moderationActions[0];
    expect(orphan).toMatchObject({ ruleId: null, ruleName: 'Suspect words', canUndo: true });
    const undone = await test.gql(UNDO, { input: { id: orphan.id } }, { cookie: reviewer.cookie });
    expect(undone.errors).toBeUndefined();
    expect((await commentOf(whileOn)).status).toBe('NEW');
  });

  it('lets an agent hide a comment by hand with a reason, and show it again', async () => {
    const [id] = await ingest([{ text: 'You are all useless, I know where the manager parks.' }]);
    const hidden = await test.gql<{ hideComment: ActionShape }>(
      HIDE,
      { input: { commentId: id, reasonCode: 'HARASSMENT_THREATS' } },
      { cookie: agent.cookie },
    );
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data?.hideComment).toMatchObject({
      kind: 'HIDE',
      automatic: false,
      ruleName: null,
      reasonCode: 'HARASSMENT_THREATS',
      appliedByName: 'Alex Agent',
      platform: 'NO_CONNECTOR',
      canUndo: true,
    });
    expect((await commentOf(id)).status).toBe('HIDDEN');
    const twice = await test.gql(
      HIDE,
      { input: { commentId: id, reasonCode: 'HARASSMENT_THREATS' } },
      { cookie: agent.cookie },
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const shown = await test.gql<{ unhideComment: { status: string } }>(
      UNHIDE,
      { input: { commentId: id } },
      { cookie: agent.cookie },
    );
    expect(shown.data?.unhideComment.status).toBe('NEW');
    const notHidden = await test.gql(
      UNHIDE,
      { input: { commentId: id } },
      { cookie: agent.cookie },
    );
    expect(notHidden.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets managers change rules and lists, reviewers undo, and agents only hide by hand', async () => {
    const tokens = {
      agent: { bearer: await test.tokenFor('agent') },
      reviewer: { bearer: await test.tokenFor('reviewer') },
    };
    const rule = {
      name: 'Banned words',
      condition: 'BANNED_WORD',
      action: 'HIDE',
      reasonCode: 'PROFANITY_HATE',
    };
    for (const as of [tokens.agent, tokens.reviewer]) {
      const created = await test.gql(CREATE_RULE, { input: rule }, as);
      expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const lists = await test.gql(UPDATE_LISTS, { input: { banned: ['x'] } }, as);
      expect(lists.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const read = await test.gql(RULES, {}, as);
      expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const log = await test.gql(ACTIONS, {}, tokens.agent);
    expect(log.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const undo = await test.gql(
      UNDO,
      { input: { id: '00000000-0000-7000-8000-000000000000' } },
      tokens.agent,
    );
    expect(undo.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reviewerLog = await test.gql<ActionsShape>(ACTIONS, {}, tokens.reviewer);
    expect(reviewerLog.errors).toBeUndefined();
  });

  it('never writes a comment’s text into the audit trail', async () => {
    await test.gql(UPDATE_LISTS, { input: { banned: ['scam'] } }, manager);
    await createRule({
      name: 'Banned words',
      condition: 'BANNED_WORD',
      action: 'HIDE',
      reasonCode: 'PROFANITY_HATE',
    });
    const [id] = await ingest([{ text: `${BANNED} Call Maria Lopez on 555-0142.` }]);
    const action = (await commentOf(id)).moderationActions[0];
    await test.gql(UNDO, { input: { id: action.id } }, { cookie: reviewer.cookie });
    const rows = await auditRows([
      'moderation.applied',
      'moderation.undone',
      'moderation.confirmed',
      'moderation.rule_created',
      'moderation.rule_updated',
      'moderation.rule_deleted',
      'moderation.lists_updated',
    ]);
    expect(rows.length).toBeGreaterThan(3);
    const leaked = rows.filter((row) => /Maria|555-0142|SC4M|clinic/i.test(row.details ?? ''));
    expect(leaked).toEqual([]);
  });
});
