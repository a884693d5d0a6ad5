import { screen, waitFor, within } from '@testing-library/react';

import type {
  CreateModerationRuleInput,
  ModerationActionInput,
  Role,
  UpdateModerationRuleInput,
  UpdateModerationWordListsInput,
} from '../gql/graphql';
import { buildViewer } from '../testing/fake-data';
import { buildStubSchema } from '../testing/graphql-schema';
import { fillIn } from '../testing/render-app';
import { renderPage } from '../testing/render-page';
import { ModerationPage } from './ModerationPage';

interface FakeRule {
  __typename: 'ModerationRule';
  id: string;
  name: string;
  enabled: boolean;
  condition: string;
  intents: string[];
  minConfidence: number | null;
  action: string;
  team: string | null;
  reasonCode: string | null;
  summary: string;
  createdAt: string;
  updatedAt: string;
  updatedByName: string | null;
}

function buildRule(overrides: Partial<FakeRule> & Pick<FakeRule, 'id' | 'name'>): FakeRule {
  return {
    __typename: 'ModerationRule',
    enabled: true,
    condition: 'BLOCKED_AUTHOR',
    intents: [],
    minConfidence: null,
    action: 'HIDE',
    team: null,
    reasonCode: 'HARASSMENT_THREATS',
    summary: 'Author is blocked → hide',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    updatedByName: null,
    ...overrides,
  };
}

/** The moderation API of the page, in memory, with a log of what was asked. */
function createModerationApi() {
  const state = {
    rules: [buildRule({ id: 'rule-1', name: 'Blocked authors' })],
    lists: {
      __typename: 'ModerationWordLists' as const,
      banned: ['scam'],
      suspect: [] as string[],
      trustedDomains: ['cdc.gov'],
      updatedAt: null as string | null,
      updatedByName: null as string | null,
    },
    actions: [
      {
        __typename: 'ModerationAction' as const,
        id: 'action-1',
        commentId: 'comment-1',
        kind: 'HIDE',
        automatic: true,
        ruleName: 'Banned words',
        explanation: 'Contains the banned word “scam”',
        team: null,
        state: 'APPLIED',
        canUndo: true,
        appliedAt: '2026-11-23T11:00:00.000Z',
        decidedAt: null as string | null,
        decidedByName: null as string | null,
        caseId: null,
        platform: 'NO_CONNECTOR',
        platformNote: 'No connector: hidden in Bedside only',
        comment: {
          __typename: 'Comment' as const,
          id: 'comment-1',
          authorName: 'Crypto Recovery Pro',
          status: 'HIDDEN',
          channel: { __typename: 'Channel' as const, id: 'channel-1', kind: 'FACEBOOK' },
        },
      },
    ],
  };
  const calls = {
    createModerationRule: [] as CreateModerationRuleInput[],
    updateModerationRule: [] as UpdateModerationRuleInput[],
    deleteModerationRule: [] as string[],
    updateModerationWordLists: [] as UpdateModerationWordListsInput[],
    undoModerationAction: [] as ModerationActionInput[],
  };
  const schema = buildStubSchema({
    Query: {
      moderationRules: () => state.rules,
      moderationWordLists: () => state.lists,
      moderationActions: () => ({
        totalCount: state.actions.length,
        edges: state.actions.map((node) => ({ cursor: node.id, node })),
        pageInfo: {
          hasNextPage: false,
          hasPreviousPage: false,
          startCursor: null,
          endCursor: null,
        },
      }),
    },
    Mutation: {
      createModerationRule: (_: unknown, { input }: { input: CreateModerationRuleInput }) => {
        calls.createModerationRule.push(input);
        const rule = buildRule({
          id: `rule-${state.rules.length + 1}`,
          ...input,
          enabled: input.enabled ?? true,
          intents: input.intents ?? [],
          minConfidence: input.minConfidence ?? null,
          team: input.team ?? null,
          reasonCode: input.reasonCode ?? null,
          summary: 'Spam or abuse at 80% or more → hide',
          updatedByName: 'Morgan Lee',
        });
        state.rules.push(rule);
        return rule;
      },
      updateModerationRule: (_: unknown, { input }: { input: UpdateModerationRuleInput }) => {
        calls.updateModerationRule.push(input);
        const rule = state.rules.find((candidate) => candidate.id === input.id)!;
        if (typeof input.enabled === 'boolean') {
          rule.enabled = input.enabled;
        }
        return rule;
      },
      deleteModerationRule: (_: unknown, { input }: { input: { id: string } }) => {
        calls.deleteModerationRule.push(input.id);
        state.rules = state.rules.filter((rule) => rule.id !== input.id);
        return input.id;
      },
      updateModerationWordLists: (
        _: unknown,
        { input }: { input: UpdateModerationWordListsInput },
      ) => {
        calls.updateModerationWordLists.push(input);
        Object.assign(state.lists, input, {
          updatedAt: '2026-11-23T12:00:00.000Z',
          updatedByName: 'Morgan Lee',
        });
        return state.lists;
      },
      undoModerationAction: (_: unknown, { input }: { input: ModerationActionInput }) => {
        calls.undoModerationAction.push(input);
        const action = state.actions.find((candidate) => candidate.id === input.id)!;
        Object.assign(action, { state: 'UNDONE', canUndo: false, decidedByName: 'Morgan Lee' });
        action.comment.status = 'NEW';
        return action;
      },
    },
  });
  return { schema, state, calls };
}

function renderModeration(api: ReturnType<typeof createModerationApi>, role: Role = 'MANAGER') {
  return renderPage({
    schema: api.schema,
    page: <ModerationPage />,
    route: '/moderation',
    viewer: buildViewer({ role }),
  });
}

describe('ModerationPage', () => {
  it('lists the rules and switches one off in place', async () => {
    const api = createModerationApi();
    const { user } = renderModeration(api);
    const table = await screen.findByRole('table', { name: 'Moderation rules' });
    expect(table).toHaveTextContent('Blocked authors');
    expect(table).toHaveTextContent('Author is blocked → hide · Harassment or threats');

    await user.click(within(table).getByRole('switch', { name: 'Use the rule Blocked authors' }));
    await waitFor(() =>
      expect(api.calls.updateModerationRule).toEqual([{ id: 'rule-1', enabled: false }]),
    );
    expect(
      within(table).getByRole('switch', { name: 'Use the rule Blocked authors' }),
    ).not.toBeChecked();
  });

  it('adds a rule after checking it against the community guidelines', async () => {
    const api = createModerationApi();
    const { user } = renderModeration(api);
    await screen.findByRole('table', { name: 'Moderation rules' });
    await user.click(screen.getByRole('button', { name: 'New rule' }));
    const dialog = await screen.findByRole('dialog', { name: 'New rule' });

    await user.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'A rule name holds 1 to 200 characters.',
    );
    expect(api.calls.createModerationRule).toEqual([]);

    await fillIn(user, within(dialog).getByRole('textbox', { name: /Name/ }), 'Spam');
    await user.click(within(dialog).getByRole('button', { name: 'Add rule' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls.createModerationRule).toEqual([
      {
        name: 'Spam',
        enabled: true,
        condition: 'INTENT',
        intents: ['SPAM'],
        minConfidence: 0.8,
        action: 'HIDE',
        team: null,
        reasonCode: 'SPAM_SCAM',
      },
    ]);
    const table = screen.getByRole('table', { name: 'Moderation rules' });
    expect(await within(table).findByText('Spam')).toBeInTheDocument();
  });

  it('deletes a rule after a second click', async () => {
    const api = createModerationApi();
    const { user } = renderModeration(api);
    const table = await screen.findByRole('table', { name: 'Moderation rules' });
    await user.click(
      within(table).getByRole('button', { name: 'Delete the rule Blocked authors' }),
    );
    expect(api.calls.deleteModerationRule).toEqual([]);
    await user.click(
      within(table).getByRole('button', { name: 'Delete the rule Blocked authors for good' }),
    );
    expect(await screen.findByText('No rules yet')).toBeInTheDocument();
    expect(api.calls.deleteModerationRule).toEqual(['rule-1']);
  });

  it('saves the word lists', async () => {
    const api = createModerationApi();
    const { user } = renderModeration(api);
    const form = await screen.findByRole('form', { name: 'Word lists' });
    const save = within(form).getByRole('button', { name: 'Save lists' });
    expect(save).toBeDisabled();

    await fillIn(
      user,
      within(form).getByRole('combobox', { name: 'Suspect words' }),
      'dm me{Enter}',
    );
    await user.click(save);

    await waitFor(() =>
      expect(api.calls.updateModerationWordLists).toEqual([
        { banned: ['scam'], suspect: ['dm me'], trustedDomains: ['cdc.gov'] },
      ]),
    );
    expect(await within(form).findByText(/Saved\./)).toBeInTheDocument();
  });

  it('undoes a recent automatic action in one click', async () => {
    const api = createModerationApi();
    const { user } = renderModeration(api);
    const log = await screen.findByRole('list', { name: 'Recent automatic actions' });
    const item = within(log).getByRole('listitem', {
      name: 'Hidden automatically by rule “Banned words”',
    });
    expect(item).toHaveTextContent('Contains the banned word “scam” · No connector');
    expect(
      within(item).getByRole('link', { name: 'Comment by Crypto Recovery Pro' }),
    ).toHaveAttribute('href', '/inbox/comment-1');

    await user.click(
      within(item).getByRole('button', {
        name: 'Undo: Hidden automatically by rule “Banned words”',
      }),
    );
    expect(await within(item).findByText('Undone')).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: /Undo/ })).not.toBeInTheDocument();
    expect(api.calls.undoModerationAction).toEqual([{ id: 'action-1' }]);
  });

  it('tells people below manager who sets the rules, without asking the server', async () => {
    const api = createModerationApi();
    renderModeration(api, 'REVIEWER');
    expect(await screen.findByText('Managers set the moderation rules')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New rule' })).not.toBeInTheDocument();
  });
});
