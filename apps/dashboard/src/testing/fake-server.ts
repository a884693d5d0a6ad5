import { GraphQLError } from 'graphql';

import type {
  CommentFilter,
  CommentOrder,
  CommentStatus,
  UpdateCommentStatusInput,
} from '../gql/graphql';
import type { FakeComment } from './fake-data';
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

export interface FakeServerOptions {
  sampleDataLoaded?: boolean;
  /** Comments that `loadSampleData` adds. */
  sample?: FakeComment[];
  /** Makes `comments` and `inboxCounts` fail with this error code, until cleared. */
  failWith?: string | null;
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
    comments: [...initial],
    sampleDataLoaded: options.sampleDataLoaded ?? false,
    failWith: options.failWith ?? null,
  };
  const calls = {
    comments: [] as CommentsArgs[],
    updateCommentStatus: [] as UpdateCommentStatusInput[],
    loadSampleData: 0,
    removeSampleData: 0,
  };
  const byId = (id: string) => state.comments.find((comment) => comment.id === id) ?? null;
  const failIfAsked = () => {
    if (state.failWith) {
      throw new GraphQLError('Stub failure', { extensions: { code: state.failWith } });
    }
  };

  const schema = buildStubSchema({
    Query: {
      sampleDataLoaded: () => state.sampleDataLoaded,
      channels: () => [
        ...new Map(state.comments.map((comment) => [comment.channel.id, comment.channel])).values(),
      ],
      comment: (_: unknown, { id }: { id: string }) => byId(id),
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
    },
    Comment: {
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
    Mutation: {
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
    },
  });

  return { schema, calls, state, byId };
}

export type FakeServer = ReturnType<typeof createFakeServer>;
