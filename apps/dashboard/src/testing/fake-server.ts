import { GraphQLError } from 'graphql';

import type {
  AcknowledgeAlertInput,
  ChangePasswordInput,
  CommentFilter,
  CommentOrder,
  CommentStatus,
  CorrectTriageInput,
  Role,
  SignInInput,
  UpdateCommentStatusInput,
} from '../gql/graphql';
import { createFakeCases, type FakeCase } from './fake-cases';
import { createChannelFakes, type FakeChannelOptions } from './fake-channels';
import { createCollaborationFakes, type FakeCollaborationOptions } from './fake-collaboration';
import {
  buildViewer,
  type FakeAlert,
  type FakeComment,
  type FakeTriageCorrection,
  type FakeViewer,
} from './fake-data';
import { createModerationFakes, type FakeModerationOptions } from './fake-moderation';
import { createReplyFakes, type FakeReplyOptions } from './fake-replies';
import { createReportFakes, type FakeReportOptions } from './fake-reports';
import { createFakeSubscriptions } from './fake-subscriptions';
import { buildStubSchema } from './graphql-schema';

const URGENCY_RANK = { CRITICAL: 0, HIGH: 1, NORMAL: 2, LOW: 3 } as const;

const STATUS_COUNT_FIELDS: Record<CommentStatus, string> = {
  NEW: 'new',
  IN_PROGRESS: 'inProgress',
  REPLIED: 'replied',
  ESCALATED: 'escalated',
  CLOSED: 'closed',
  HIDDEN: 'hidden',
};

/** The password of the fake server's one account, unless a spec picks another. */
export const FAKE_PASSWORD = 'correct horse battery';

/** Wrong passwords in a row that lock the account, as on the server. */
const LOCK_AFTER_FAILURES = 5;

const ROLE_RANK: Record<Role, number> = { AGENT: 0, REVIEWER: 1, MANAGER: 2, ADMIN: 3 };

/** Operations anyone may call; every other one needs a session, as on the server. */
const PUBLIC_FIELDS = new Set(['signIn']);

/** The least role each operation needs, when more than an agent. */
const REQUIRED_ROLES: Partial<Record<string, Role>> = {
  loadSampleData: 'MANAGER',
  removeSampleData: 'MANAGER',
  updateSlaPolicy: 'MANAGER',
  replyApprovals: 'REVIEWER',
  approveReply: 'REVIEWER',
  rejectReply: 'REVIEWER',
  connectChannel: 'ADMIN',
  updateChannelConnection: 'ADMIN',
  pauseChannel: 'ADMIN',
  resumeChannel: 'ADMIN',
  disconnectChannel: 'ADMIN',
  testChannelConnection: 'ADMIN',
  pollChannelNow: 'ADMIN',
  updateSpikeSettings: 'MANAGER',
};

type Resolver = (...args: never[]) => unknown;

export interface FakeServerOptions
  extends
    FakeChannelOptions,
    FakeCollaborationOptions,
    FakeModerationOptions,
    FakeReplyOptions,
    FakeReportOptions {
  /** The one account: who `viewer` and `signIn` answer with. An admin by default. */
  viewer?: FakeViewer;
  /** Its password; `FAKE_PASSWORD` by default. */
  password?: string;
  /** Whether the browser starts with a session; true by default. */
  signedIn?: boolean;
  sampleDataLoaded?: boolean;
  /** Comments that `loadSampleData` adds. */
  sample?: FakeComment[];
  /** Makes `comments` and `inboxCounts` fail with this error code, until cleared. */
  failWith?: string | null;
  /** Makes `correctTriage` fail with this error code, until cleared. */
  failCorrectionsWith?: string | null;
  /** Critical alerts; `openAlerts` answers the unacknowledged ones, newest first. */
  alerts?: FakeAlert[];
  /** Escalation cases; see fake-cases.ts. */
  cases?: FakeCase[];
}

interface CommentsArgs {
  filter?: CommentFilter | null;
  orderBy?: CommentOrder | null;
  first?: number | null;
  after?: string | null;
}

function matches(comment: FakeComment, filter: CommentFilter | null | undefined): boolean {
  if (!filter) {
    return true;
  }
  const anyOf = <Value>(values: readonly Value[] | null | undefined, value: Value | null) =>
    !values || values.length === 0 || (value !== null && values.includes(value));
  if (filter.assigneeId && comment.assigneeId !== filter.assigneeId) {
    return false;
  }
  if (!anyOf(filter.status, comment.status) || !anyOf(filter.channel, comment.channel.kind)) {
    return false;
  }
  if (!anyOf(filter.sentiment, comment.sentiment) || !anyOf(filter.urgency, comment.urgency)) {
    return false;
  }
  if (filter.intent && filter.intent.length > 0) {
    if (!comment.intents.some((intent) => filter.intent?.includes(intent.label))) {
      return false;
    }
  }
  if (filter.createdAfter && comment.createdAt < filter.createdAfter) {
    return false;
  }
  if (filter.createdBefore && comment.createdAt >= filter.createdBefore) {
    return false;
  }
  if (filter.search) {
    const haystack =
      `${comment.text} ${comment.authorName ?? ''} ${comment.authorHandle ?? ''}`.toLowerCase();
    return filter.search
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .every((word) => haystack.includes(word));
  }
  return true;
}

function order(comments: FakeComment[], orderBy: CommentOrder | null | undefined): FakeComment[] {
  const sorted = [...comments];
  if (orderBy === 'OLDEST') {
    return sorted.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
  if (orderBy === 'MOST_URGENT') {
    const rank = (comment: FakeComment) => (comment.urgency ? URGENCY_RANK[comment.urgency] : 4);
    return sorted.sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt));
  }
  return sorted.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * An in-memory Bedside API for specs: the real schema, with resolvers that filter, order, page,
 * count and change statuses the way the server does (simplified), and a log of what was asked.
 */
export function createFakeServer(initial: FakeComment[], options: FakeServerOptions = {}) {
  const state = {
    viewer: options.viewer ?? buildViewer(),
    password: options.password ?? FAKE_PASSWORD,
    signedIn: options.signedIn ?? true,
    failedSignIns: 0,
    comments: [...initial],
    sampleDataLoaded: options.sampleDataLoaded ?? false,
    failWith: options.failWith ?? null,
    failCorrectionsWith: options.failCorrectionsWith ?? null,
    alerts: [...(options.alerts ?? [])],
  };
  const calls = {
    comments: [] as CommentsArgs[],
    updateCommentStatus: [] as UpdateCommentStatusInput[],
    correctTriage: [] as CorrectTriageInput[],
    loadSampleData: 0,
    removeSampleData: 0,
    signIn: [] as SignInInput[],
    signOut: 0,
    changePassword: [] as ChangePasswordInput[],
    acknowledgeAlert: [] as AcknowledgeAlertInput[],
  };
  const byId = (id: string) => state.comments.find((comment) => comment.id === id) ?? null;
  const collaboration = createCollaborationFakes({ viewer: () => state.viewer, byId }, options);
  const subscriptions = createFakeSubscriptions();
  const cases = createFakeCases({
    initial: options.cases ?? [],
    comments: () => state.comments,
    byId,
    viewer: () => state.viewer,
    members: () => collaboration.state.members,
  });
  const moderation = createModerationFakes({ viewer: () => state.viewer, byId }, options);
  const channels = createChannelFakes({ comments: () => state.comments }, options);
  const replies = createReplyFakes(
    { viewer: () => state.viewer, byId, connectionOf: channels.connectionOf },
    options,
  );
  const reports = createReportFakes(options);
  const failIfAsked = () => {
    if (state.failWith) {
      throw new GraphQLError('Stub failure', { extensions: { code: state.failWith } });
    }
  };

  const fail = (code: string, message: string): never => {
    throw new GraphQLError(message, { extensions: { code } });
  };
  /** The server's guard: a session for everything but `signIn`, and a high enough role. */
  const guard = <Resolvers extends Record<string, Resolver>>(resolvers: Resolvers): Resolvers =>
    Object.fromEntries(
      Object.entries(resolvers).map(([field, resolve]) => [
        field,
        (...args: never[]) => {
          if (!PUBLIC_FIELDS.has(field)) {
            if (!state.signedIn) {
              fail('UNAUTHENTICATED', 'Please sign in.');
            }
            const required = REQUIRED_ROLES[field];
            if (required && ROLE_RANK[state.viewer.role] < ROLE_RANK[required]) {
              fail('FORBIDDEN', 'You do not have permission to do that.');
            }
          }
          return resolve(...args);
        },
      ]),
    ) as Resolvers;

  const schema = buildStubSchema({
    Query: guard({
      ...cases.resolvers.Query,
      ...collaboration.query,
      ...moderation.query,
      ...replies.query,
      ...channels.query,
      ...reports.query,
      viewer: () => state.viewer,
      sampleDataLoaded: () => state.sampleDataLoaded,
      comment: (_: unknown, { id }: { id: string }) => byId(id),
      openAlerts: () =>
        state.alerts
          .filter((alert) => !alert.acknowledgedAt)
          .sort((a, b) => b.raisedAt.localeCompare(a.raisedAt)),
      inboxCounts: (_: unknown, { filter }: { filter?: CommentFilter | null }) => {
        failIfAsked();
        const matching = state.comments.filter((comment) =>
          matches(comment, { ...filter, status: null }),
        );
        const counts: Record<string, number> = { total: matching.length };
        for (const [status, field] of Object.entries(STATUS_COUNT_FIELDS)) {
          counts[field] = matching.filter((comment) => comment.status === status).length;
        }
        return counts;
      },
      comments: (_: unknown, args: CommentsArgs) => {
        calls.comments.push(args);
        failIfAsked();
        const all = order(
          state.comments.filter((comment) => matches(comment, args.filter)),
          args.orderBy,
        );
        const start = args.after
          ? all.findIndex((comment) => `cursor:${comment.id}` === args.after) + 1
          : 0;
        const page = all.slice(start, start + (args.first ?? 50));
        return {
          totalCount: all.length,
          edges: page.map((node) => ({ cursor: `cursor:${node.id}`, node })),
          pageInfo: {
            hasNextPage: start + page.length < all.length,
            hasPreviousPage: Boolean(args.after),
            startCursor: page[0] ? `cursor:${page[0].id}` : null,
            endCursor: page.length > 0 ? `cursor:${page[page.length - 1].id}` : null,
          },
        };
      },
    }),
    Case: cases.resolvers.Case,
    ...moderation.types,
    ...replies.types,
    ...channels.types,
    Comment: {
      ...cases.resolvers.Comment,
      ...collaboration.comment,
      ...moderation.comment,
      ...replies.comment,
      parent: (comment: FakeComment) => (comment.parentId ? byId(comment.parentId) : null),
      ancestors: (comment: FakeComment) => {
        const chain: FakeComment[] = [];
        let parent = comment.parentId ? byId(comment.parentId) : null;
        while (parent) {
          chain.unshift(parent);
          parent = parent.parentId ? byId(parent.parentId) : null;
        }
        return chain;
      },
      replies: (comment: FakeComment) =>
        order(
          state.comments.filter((other) => other.parentId === comment.id),
          'OLDEST',
        ),
      replyCount: (comment: FakeComment) =>
        state.comments.filter((other) => other.parentId === comment.id).length,
    },
    Mutation: guard({
      ...cases.resolvers.Mutation,
      ...collaboration.mutation,
      ...moderation.mutation,
      ...replies.mutation,
      ...channels.mutation,
      ...reports.mutation,
      signIn: (_: unknown, { input }: { input: SignInInput }) => {
        calls.signIn.push(input);
        if (state.failedSignIns >= LOCK_AFTER_FAILURES) {
          fail('RATE_LIMITED', 'Too many failed sign-ins: this account is locked for 15 minutes.');
        }
        const isRight =
          input.email.trim().toLowerCase() === state.viewer.email?.toLowerCase() &&
          input.password === state.password;
        if (!isRight) {
          state.failedSignIns += 1;
          fail('UNAUTHENTICATED', 'The e-mail or password is not right.');
        }
        state.failedSignIns = 0;
        state.signedIn = true;
        return state.viewer;
      },
      signOut: () => {
        calls.signOut += 1;
        state.signedIn = false;
        return true;
      },
      changePassword: (_: unknown, { input }: { input: ChangePasswordInput }) => {
        calls.changePassword.push(input);
        if (input.currentPassword !== state.password) {
          fail('UNAUTHENTICATED', 'The current password is not right.');
        }
        if (input.newPassword.length < 12) {
          fail('BAD_USER_INPUT', 'The new password must be at least 12 characters long.');
        }
        state.password = input.newPassword;
        return true;
      },
      updateCommentStatus: (_: unknown, { input }: { input: UpdateCommentStatusInput }) => {
        calls.updateCommentStatus.push(input);
        const comment = byId(String(input.id));
        if (!comment) {
          throw new GraphQLError('The comment was not found.', {
            extensions: { code: 'NOT_FOUND' },
          });
        }
        comment.status = input.status;
        comment.statusChangedAt = '2026-11-23T12:00:00.000Z';
        return comment;
      },
      correctTriage: (_: unknown, { input }: { input: CorrectTriageInput }) => {
        calls.correctTriage.push(input);
        if (state.failCorrectionsWith) {
          fail(state.failCorrectionsWith, 'Stub failure');
        }
        const comment = byId(String(input.commentId));
        if (!comment) {
          return fail('NOT_FOUND', 'The comment was not found.');
        }
        const { sentiment, intents, urgency } = input;
        if (!sentiment && !intents && !urgency) {
          fail(
            'BAD_USER_INPUT',
            'Give at least one label to correct: sentiment, intents or urgency.',
          );
        }
        const correctedAt = new Date().toISOString();
        const record = (
          field: FakeTriageCorrection['field'],
          previous: string[],
          corrected: string[],
        ) => {
          if (previous.join() === corrected.join()) {
            return;
          }
          comment.triageCorrections.push({
            __typename: 'TriageCorrection',
            id: `correction-${comment.id}-${comment.triageCorrections.length + 1}`,
            field,
            previous,
            corrected,
            correctedBy: state.viewer.displayName,
            correctedAt,
            modelVersion: comment.triageModelVersion,
          });
        };
        const lower = (values: readonly string[]) => values.map((value) => value.toLowerCase());
        if (sentiment) {
          record(
            'sentiment',
            lower(comment.sentiment ? [comment.sentiment] : []),
            lower([sentiment]),
          );
          comment.sentiment = sentiment;
        }
        if (urgency) {
          record('urgency', lower(comment.urgency ? [comment.urgency] : []), lower([urgency]));
          comment.urgency = urgency;
        }
        if (intents) {
          record('intents', lower(comment.intents.map((intent) => intent.label)), lower(intents));
          comment.intents = intents.map((label) => ({
            __typename: 'IntentScore',
            label,
            confidence: comment.intents.find((intent) => intent.label === label)?.confidence ?? 1,
          }));
        }
        return comment;
      },
      acknowledgeAlert: (_: unknown, { input }: { input: AcknowledgeAlertInput }) => {
        calls.acknowledgeAlert.push(input);
        const alert = state.alerts.find((candidate) => candidate.id === input.id);
        if (!alert) {
          return fail('NOT_FOUND', 'The alert was not found.');
        }
        alert.acknowledgedAt ??= '2026-01-15T12:00:00.000Z';
        alert.acknowledgedBy ??= state.viewer.displayName;
        return alert;
      },
      loadSampleData: () => {
        calls.loadSampleData += 1;
        const sample = options.sample ?? [];
        state.comments.push(...sample);
        state.sampleDataLoaded = true;
        return { accepted: sample.length, duplicates: 0, updated: 0, rejected: [] };
      },
      removeSampleData: () => {
        calls.removeSampleData += 1;
        state.comments = state.comments.filter((comment) => !comment.channel.isSample);
        state.sampleDataLoaded = false;
        return 1;
      },
    }),
  });

  return {
    schema,
    // One log of requests for specs; the collaboration fakes append to their own arrays in it.
    calls: Object.assign(calls, collaboration.calls),
    state,
    byId,
    cases,
    collaboration,
    moderation,
    replies,
    channels,
    reports,
    subscriptions,
    /** Pushes an event to the dashboard's open subscriptions on `field` (see fake-subscriptions). */
    publish: subscriptions.publish,
  };
}

export type FakeServer = ReturnType<typeof createFakeServer>;
