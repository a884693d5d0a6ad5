import { checkReply, DEFAULT_SETTINGS } from '@bedside/compliance';
import { GraphQLError } from 'graphql';

import { toCommentForReply } from '../features/replies/hooks/useReplyCheck';
import type {
  ApprovalPolicy,
  ApproveReplyInput,
  RejectReplyInput,
  ReplyDeliveryState,
  ReplySource,
  ReplyStatus,
  SaveReplyInput,
} from '../gql/graphql';
import type { FakeChannelConnection } from './fake-channels';
import { type FakeComment, type FakeViewer } from './fake-data';

/** A reply on its way through a connector, as `Reply.posting` answers. */
export interface FakeReplyPosting {
  __typename: 'ReplyPosting';
  id: string;
  state: ReplyDeliveryState;
  attempts: number;
  error: string | null;
  externalId: string | null;
  permalink: string | null;
  postedAt: string | null;
  nextAttemptAt: string | null;
}

/** A reply as the fake server keeps it (GraphQL spelling). */
export interface FakeReply {
  __typename: 'Reply';
  id: string;
  commentId: string;
  body: string;
  status: ReplyStatus;
  source: ReplySource;
  templateKey: string | null;
  authorId: string | null;
  authorName: string;
  submittedAt: string | null;
  reviewerName: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  warningsAcknowledged: boolean;
  sentAt: string | null;
  delivery: 'PLATFORM' | 'MANUAL' | null;
  /** Its posting through the channel's connector; null when never handed to one. */
  posting: FakeReplyPosting | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export const FAKE_REPLY_SETTINGS = {
  __typename: 'OrganisationSettings' as const,
  ...DEFAULT_SETTINGS,
  hospitalName: 'Lakeside General Hospital',
  patientRelationsPhone: '(555) 019-4400',
  patientRelationsEmail: 'feedback@lakesidegeneral.org',
  nurseLine: '(555) 019-8800',
  trustedDomains: ['cdc.gov', 'lakesidegeneral.org'],
  approvalPolicy: 'ALL' as ApprovalPolicy,
  aiDraftingEnabled: false,
};

/** What `suggestReply` answers unless a spec says otherwise: a clean complaint reply. */
export const FAKE_SUGGESTION =
  "We're sorry to hear about the concerns you've described. Please contact our Patient Relations team at (555) 019-4400.";

export interface FakeReplyOptions {
  replies?: FakeReply[];
  approvalPolicy?: ApprovalPolicy;
  suggestion?: { reply: string; action: 'REPLY' | 'HIDE' };
}

let sequence = 0;

/** A posting of `replyId` (queued unless told otherwise). */
export function buildPosting(
  replyId: string,
  overrides: Partial<FakeReplyPosting> = {},
): FakeReplyPosting {
  return {
    __typename: 'ReplyPosting',
    id: `posting-${replyId}`,
    state: 'QUEUED',
    attempts: 0,
    error: null,
    externalId: null,
    permalink: null,
    postedAt: null,
    nextAttemptAt: new Date().toISOString(),
    ...overrides,
  };
}

export function buildReply(overrides: Partial<FakeReply> & { commentId: string }): FakeReply {
  sequence += 1;
  return {
    __typename: 'Reply',
    id: `reply-${sequence}`,
    body: FAKE_SUGGESTION,
    status: 'DRAFT',
    source: 'TEMPLATE',
    templateKey: 'complaint.learn-more',
    authorId: 'someone-else',
    authorName: 'Sam Ortiz',
    submittedAt: null,
    reviewerName: null,
    reviewedAt: null,
    reviewNote: null,
    warningsAcknowledged: false,
    sentAt: null,
    delivery: null,
    posting: null,
    revision: 1,
    createdAt: '2026-11-23T11:00:00.000Z',
    updatedAt: '2026-11-23T11:00:00.000Z',
    ...overrides,
  };
}

const fail = (code: string, message: string): never => {
  throw new GraphQLError(message, { extensions: { code } });
};

/**
 * Replies and their workflow, as the server runs them (simplified), with the real checker. A
 * reply to a comment of an active connection is queued for its connector when sent; specs play
 * the connector with `settlePosting`.
 */
export function createReplyFakes(
  context: {
    viewer: () => FakeViewer;
    byId: (id: string) => FakeComment | null;
    connectionOf: (channelId: string) => FakeChannelConnection | null;
  },
  options: FakeReplyOptions = {},
) {
  const state = {
    replies: [...(options.replies ?? [])],
    settings: { ...FAKE_REPLY_SETTINGS, approvalPolicy: options.approvalPolicy ?? 'ALL' },
    suggestion: options.suggestion ?? { reply: FAKE_SUGGESTION, action: 'REPLY' as const },
  };
  const calls = {
    saveReply: [] as SaveReplyInput[],
    submitReply: [] as string[],
    approveReply: [] as ApproveReplyInput[],
    rejectReply: [] as RejectReplyInput[],
    sendReply: [] as Array<{ replyId: string; manual: boolean | null }>,
    retryReplyDelivery: [] as string[],
  };
  const replyOrFail = (id: string) =>
    state.replies.find((reply) => reply.id === id) ?? fail('NOT_FOUND', 'The reply was not found.');
  const violationsOf = (reply: FakeReply) => {
    const comment = context.byId(reply.commentId);
    if (!comment) {
      return [];
    }
    const {
      approvalPolicy,
      aiDraftingEnabled: _ai,
      __typename: _type,
      ...settings
    } = state.settings;
    return checkReply(reply.body, {
      comment: toCommentForReply(comment),
      settings: { ...settings, approvalPolicy: approvalPolicy.toLowerCase() as 'all' },
    }).violations.map((violation) => ({
      __typename: 'ReplyViolation' as const,
      ...violation,
      code: violation.code.toUpperCase(),
      severity: violation.severity.toUpperCase(),
    }));
  };
  const touch = (reply: FakeReply, change: Partial<FakeReply>) => {
    Object.assign(reply, change, {
      revision: reply.revision + 1,
      updatedAt: new Date().toISOString(),
    });
    return reply;
  };
  const markReplied = (reply: FakeReply) => {
    const comment = context.byId(reply.commentId);
    if (comment) {
      comment.status = 'REPLIED';
    }
  };

  /** Plays the connector: the queued posting of `replyId` lands on the platform or fails. */
  const settlePosting = (
    replyId: string,
    outcome: { permalink: string | null } | { error: string },
  ) => {
    const reply = replyOrFail(replyId);
    const posting = reply.posting ?? buildPosting(reply.id);
    reply.posting = posting;
    posting.attempts += 1;
    if ('error' in outcome) {
      Object.assign(posting, { state: 'FAILED', error: outcome.error, nextAttemptAt: null });
      return;
    }
    const now = new Date().toISOString();
    Object.assign(posting, {
      state: 'POSTED',
      error: null,
      externalId: `platform-${reply.id}`,
      permalink: outcome.permalink,
      postedAt: now,
      nextAttemptAt: null,
    });
    markReplied(reply);
    touch(reply, { status: 'SENT', sentAt: now, delivery: 'PLATFORM' });
  };

  return {
    state,
    calls,
    settlePosting,
    query: {
      organisationSettings: () => state.settings,
      suggestReply: () => ({
        __typename: 'SuggestedReply',
        reply: state.suggestion.action === 'HIDE' ? '' : state.suggestion.reply,
        template: 'complaint.learn-more',
        situation: state.suggestion.action === 'HIDE' ? 'SPAM_ABUSE' : 'COMPLAINT',
        action: state.suggestion.action,
        source: 'TEMPLATE',
        violations: [],
        fallbackReason: null,
      }),
      replyApprovals: () =>
        state.replies
          .filter((reply) => reply.status === 'PENDING_APPROVAL')
          .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '')),
      replyApprovalCount: () =>
        state.replies.filter((reply) => reply.status === 'PENDING_APPROVAL').length,
    },
    mutation: {
      saveReply: (_: unknown, { input }: { input: SaveReplyInput }) => {
        calls.saveReply.push(input);
        const me = context.viewer();
        const open = state.replies.find(
          (reply) => reply.commentId === input.commentId && reply.status !== 'SENT',
        );
        if (open) {
          return touch(open, {
            body: input.body,
            status: 'DRAFT',
            source: input.source ?? 'HUMAN',
          });
        }
        const created = buildReply({
          commentId: String(input.commentId),
          body: input.body,
          source: input.source ?? 'HUMAN',
          authorId: me.id,
          authorName: me.displayName,
        });
        state.replies.unshift(created);
        return created;
      },
      submitReply: (_: unknown, { replyId }: { replyId: string }) => {
        calls.submitReply.push(replyId);
        const reply = replyOrFail(replyId);
        if (violationsOf(reply).some((violation) => violation.severity === 'BLOCK')) {
          fail('BAD_USER_INPUT', 'The reply does not pass the compliance check.');
        }
        return touch(reply, {
          status: state.settings.approvalPolicy === 'NONE' ? 'APPROVED' : 'PENDING_APPROVAL',
          submittedAt: new Date().toISOString(),
        });
      },
      approveReply: (_: unknown, { input }: { input: ApproveReplyInput }) => {
        calls.approveReply.push(input);
        const me = context.viewer();
        const reply = replyOrFail(String(input.replyId));
        if (reply.authorId === me.id) {
          fail('FORBIDDEN', 'Another reviewer must approve a reply you wrote.');
        }
        return touch(reply, { status: 'APPROVED', reviewerName: me.displayName });
      },
      rejectReply: (_: unknown, { input }: { input: RejectReplyInput }) => {
        calls.rejectReply.push(input);
        const me = context.viewer();
        return touch(replyOrFail(String(input.replyId)), {
          status: 'REJECTED',
          reviewerName: me.displayName,
          reviewNote: input.reason,
        });
      },
      sendReply: (
        _: unknown,
        { replyId, manual }: { replyId: string; manual?: boolean | null },
      ) => {
        calls.sendReply.push({ replyId, manual: manual ?? null });
        const reply = replyOrFail(replyId);
        if (reply.status !== 'APPROVED') {
          fail('BAD_USER_INPUT', 'Only an approved reply can be sent. Submit it first.');
        }
        if (reply.posting && reply.posting.state !== 'FAILED') {
          fail('BAD_USER_INPUT', 'This reply is already being posted.');
        }
        const comment = context.byId(reply.commentId);
        const connection = comment ? context.connectionOf(comment.channel.id) : null;
        if (!manual && connection?.state === 'ACTIVE') {
          // Stays approved until the connector has posted it (see `settlePosting`).
          reply.posting = buildPosting(reply.id, { attempts: reply.posting?.attempts ?? 0 });
          return reply;
        }
        markReplied(reply);
        return touch(reply, {
          status: 'SENT',
          sentAt: new Date().toISOString(),
          delivery: 'MANUAL',
        });
      },
      retryReplyDelivery: (_: unknown, { replyId }: { replyId: string }) => {
        calls.retryReplyDelivery.push(replyId);
        const reply = replyOrFail(replyId);
        if (reply.status !== 'APPROVED' || reply.posting?.state !== 'FAILED') {
          fail('BAD_USER_INPUT', 'Only a reply whose posting failed can be retried.');
        }
        Object.assign(reply.posting!, { state: 'QUEUED', error: null });
        return reply;
      },
      discardReply: (_: unknown, { replyId }: { replyId: string }) => {
        state.replies = state.replies.filter((reply) => reply.id !== replyId);
        return true;
      },
    },
    types: {
      Reply: {
        violations: (reply: FakeReply) => violationsOf(reply),
        // Explicit null: the stub schema would otherwise invent a posting for every reply.
        posting: (reply: FakeReply) => reply.posting ?? null,
        comment: (reply: FakeReply) => context.byId(reply.commentId),
      },
    },
    comment: {
      teamReplies: (comment: FakeComment) =>
        state.replies.filter((reply) => reply.commentId === comment.id),
    },
  };
}
