import { GraphQLError } from 'graphql';

import type {
  AddAuthorNoteInput,
  AuthorFlag,
  CaseTeam,
  ChannelKind,
  CommentStatus,
  HideCommentInput,
  ModerationActionInput,
  ModerationActionKind,
  ModerationActionState,
  ModerationReasonCode,
  Role,
  SetAuthorFlagInput,
} from '../gql/graphql';
import { FAKE_NOW, type FakeComment, type FakeViewer } from './fake-data';

/** A moderation action as `Comment.moderationActions` answers; an automatic hide by default. */
export interface FakeModerationAction {
  __typename: 'ModerationAction';
  id: string;
  commentId: string;
  kind: ModerationActionKind;
  automatic: boolean;
  ruleId: string | null;
  ruleName: string | null;
  condition: null;
  reasonCode: ModerationReasonCode | null;
  explanation: string | null;
  team: CaseTeam | null;
  caseId: string | null;
  previousStatus: CommentStatus;
  revision: number;
  state: ModerationActionState;
  platform: 'NO_CONNECTOR' | 'NOT_APPLICABLE';
  platformNote: string;
  appliedAt: string;
  appliedByName: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  canUndo: boolean;
}

export interface FakeAuthorNote {
  __typename: 'AuthorNote';
  id: string;
  body: string;
  writtenById: string | null;
  writtenByName: string;
  createdAt: string;
}

/** An author and the comments (by id) they wrote, for `author(commentId)`. */
export interface FakeAuthor {
  __typename: 'AuthorProfile';
  id: string;
  displayName: string;
  handles: string[];
  channels: ChannelKind[];
  firstSeenAt: string;
  lastSeenAt: string;
  flag: AuthorFlag;
  flagChangedAt: string | null;
  flagChangedByName: string | null;
  notes: FakeAuthorNote[];
  commentIds: string[];
}

export interface FakeModerationOptions {
  moderationActions?: FakeModerationAction[];
  authors?: FakeAuthor[];
}

interface ModerationContext {
  viewer: () => FakeViewer;
  byId: (id: string) => FakeComment | null;
}

let sequence = 0;

export function buildModerationAction(
  overrides: Partial<FakeModerationAction> & Pick<FakeModerationAction, 'commentId'>,
): FakeModerationAction {
  sequence += 1;
  return {
    __typename: 'ModerationAction',
    id: `moderation-${sequence}`,
    kind: 'HIDE',
    automatic: true,
    ruleId: 'rule-1',
    ruleName: 'Banned words',
    condition: null,
    reasonCode: 'PROFANITY_HATE',
    explanation: 'Contains the banned word “scam”',
    team: null,
    caseId: null,
    previousStatus: 'NEW',
    revision: 1,
    state: 'APPLIED',
    platform: 'NO_CONNECTOR',
    platformNote: 'No connector: hidden in Bedside only',
    appliedAt: new Date(FAKE_NOW - 60_000).toISOString(),
    appliedByName: null,
    decidedAt: null,
    decidedByName: null,
    canUndo: true,
    ...overrides,
  };
}

export function buildAuthor(
  overrides: Partial<FakeAuthor> & Pick<FakeAuthor, 'displayName' | 'commentIds'>,
): FakeAuthor {
  return {
    __typename: 'AuthorProfile',
    id: `name:${overrides.displayName.toLowerCase()}`,
    handles: [],
    channels: ['FACEBOOK'],
    firstSeenAt: new Date(FAKE_NOW - 86_400_000).toISOString(),
    lastSeenAt: new Date(FAKE_NOW - 60_000).toISOString(),
    flag: 'NONE',
    flagChangedAt: null,
    flagChangedByName: null,
    notes: [],
    ...overrides,
  };
}

const fail = (code: string, message: string): never => {
  throw new GraphQLError(message, { extensions: { code } });
};

const ROLE_RANK: Record<Role, number> = { AGENT: 0, REVIEWER: 1, MANAGER: 2, ADMIN: 3 };

/** Moderation actions on comments and the author panel, in memory, with a log of requests. */
export function createModerationFakes(context: ModerationContext, options: FakeModerationOptions) {
  const state = {
    actions: [...(options.moderationActions ?? [])],
    authors: [...(options.authors ?? [])],
  };
  const calls = {
    undoModerationAction: [] as ModerationActionInput[],
    hideComment: [] as HideCommentInput[],
    setAuthorFlag: [] as SetAuthorFlagInput[],
    addAuthorNote: [] as AddAuthorNoteInput[],
  };
  const requireRole = (role: Role) => {
    if (ROLE_RANK[context.viewer().role] < ROLE_RANK[role]) {
      fail('FORBIDDEN', 'You do not have permission to do that.');
    }
  };
  const authorOf = (commentId: string) =>
    state.authors.find((author) => author.commentIds.includes(commentId)) ?? null;
  const authorOrFail = (commentId: string) =>
    authorOf(commentId) ?? fail('BAD_USER_INPUT', 'No author.');

  return {
    state,
    calls,
    query: {
      author: (_: unknown, { commentId }: { commentId: string }) => authorOf(commentId),
    },
    comment: {
      moderationActions: (comment: FakeComment) =>
        state.actions
          .filter((action) => action.commentId === comment.id)
          .sort((a, b) => b.appliedAt.localeCompare(a.appliedAt)),
    },
    types: {
      ModerationAction: {
        comment: (action: FakeModerationAction) => context.byId(action.commentId),
      },
      AuthorProfile: {
        commentCount: (author: FakeAuthor) => author.commentIds.length,
        comments: (author: FakeAuthor) => {
          const nodes = author.commentIds
            .map((id) => context.byId(id))
            .filter((comment): comment is FakeComment => comment !== null)
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
          return {
            totalCount: nodes.length,
            edges: nodes.map((node) => ({ cursor: `cursor:${node.id}`, node })),
            pageInfo: {
              hasNextPage: false,
              hasPreviousPage: false,
              startCursor: null,
              endCursor: null,
            },
          };
        },
      },
    },
    mutation: {
      hideComment: (_: unknown, { input }: { input: HideCommentInput }) => {
        calls.hideComment.push(input);
        const comment =
          context.byId(String(input.commentId)) ?? fail('NOT_FOUND', 'The comment was not found.');
        const action = buildModerationAction({
          commentId: comment.id,
          automatic: false,
          ruleId: null,
          ruleName: null,
          explanation: null,
          reasonCode: input.reasonCode,
          previousStatus: comment.status,
          appliedByName: context.viewer().displayName,
        });
        comment.status = 'HIDDEN';
        state.actions.push(action);
        return action;
      },
      undoModerationAction: (_: unknown, { input }: { input: ModerationActionInput }) => {
        calls.undoModerationAction.push(input);
        requireRole('REVIEWER');
        const action =
          state.actions.find((candidate) => candidate.id === input.id) ??
          fail('NOT_FOUND', 'The moderation action was not found.');
        const comment = context.byId(action.commentId);
        if (comment) {
          comment.status = action.previousStatus;
        }
        Object.assign(action, {
          state: 'UNDONE',
          canUndo: false,
          caseId: null,
          decidedAt: new Date(FAKE_NOW).toISOString(),
          decidedByName: context.viewer().displayName,
        });
        return action;
      },
      setAuthorFlag: (_: unknown, { input }: { input: SetAuthorFlagInput }) => {
        calls.setAuthorFlag.push(input);
        requireRole('MANAGER');
        const author = authorOrFail(String(input.commentId));
        Object.assign(author, {
          flag: input.flag,
          flagChangedAt: new Date(FAKE_NOW).toISOString(),
          flagChangedByName: context.viewer().displayName,
        });
        return author;
      },
      addAuthorNote: (_: unknown, { input }: { input: AddAuthorNoteInput }) => {
        calls.addAuthorNote.push(input);
        const author = authorOrFail(String(input.commentId));
        sequence += 1;
        author.notes.push({
          __typename: 'AuthorNote',
          id: `author-note-${sequence}`,
          body: input.body.trim(),
          writtenById: context.viewer().id,
          writtenByName: context.viewer().displayName,
          createdAt: new Date(FAKE_NOW).toISOString(),
        });
        return author;
      },
    },
  };
}
