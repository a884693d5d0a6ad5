import {
  checkCaseTransition,
  DEFAULT_SLA_MINUTES,
  dueAt,
  elapsedSeconds,
  parseCaseNumber,
  slaState,
} from '@bedside/domain';
import { GraphQLError } from 'graphql';

import type {
  AddCaseNoteInput,
  CaseCategory,
  CaseEventKind,
  CaseFilter,
  CaseOrder,
  CaseStatus,
  CaseTeam,
  ChangeCaseStatusInput,
  EscalateCommentInput,
  LinkCommentToCaseInput,
  UpdateCaseInput,
  UpdateSlaPolicyInput,
  Urgency,
} from '../gql/graphql';
import { toDomainValue, toGraphqlValue } from '../ui/vocabulary';
import type { FakeComment, FakeViewer } from './fake-data';

/** One timeline entry as the fake server stores it. */
export interface FakeCaseEvent {
  __typename: 'CaseEvent';
  id: string;
  at: string;
  kind: CaseEventKind;
  actorName: string | null;
  from: string | null;
  to: string | null;
  text: string | null;
  commentId: string | null;
}

/** A case as the fake server stores it: GraphQL spellings, comments by id. */
export interface FakeCase {
  __typename: 'Case';
  id: string;
  number: number;
  reference: string;
  title: string;
  category: CaseCategory;
  priority: Urgency;
  team: CaseTeam;
  status: CaseStatus;
  assigneeId: string | null;
  assigneeName: string | null;
  dueAt: string | null;
  createdAt: string;
  createdByName: string | null;
  updatedAt: string;
  resolvedAt: string | null;
  resolutionNote: string | null;
  commentIds: string[];
  events: FakeCaseEvent[];
}

let caseSequence = 1000;

/** An open patient complaint due in an hour, unless told otherwise. */
export function buildCase(overrides: Partial<FakeCase> = {}): FakeCase {
  caseSequence += 1;
  const number = overrides.number ?? caseSequence;
  const now = new Date().toISOString();
  return {
    __typename: 'Case',
    id: `case-${number}`,
    number,
    reference: `C-${number}`,
    title: 'Patient complaint (Facebook)',
    category: 'PATIENT_COMPLAINT',
    priority: 'HIGH',
    team: 'PATIENT_RELATIONS',
    status: 'OPEN',
    assigneeId: null,
    assigneeName: null,
    dueAt: new Date(Date.now() + 60 * 60_000).toISOString(),
    createdAt: now,
    createdByName: 'Morgan Lee',
    updatedAt: now,
    resolvedAt: null,
    resolutionNote: null,
    commentIds: [],
    events: [],
    ...overrides,
  };
}

const fail = (code: string, message: string): never => {
  throw new GraphQLError(message, { extensions: { code } });
};

interface CasesArgs {
  filter?: CaseFilter | null;
  orderBy?: CaseOrder | null;
  first?: number | null;
  after?: string | null;
}

function isBreached(item: FakeCase, now: Date): boolean {
  return (
    slaState({
      now,
      dueAt: item.dueAt ? new Date(item.dueAt) : null,
      doneAt: item.status === 'RESOLVED' && item.resolvedAt ? new Date(item.resolvedAt) : null,
    }).state === 'breached'
  );
}

function matches(item: FakeCase, filter: CaseFilter | null | undefined, now: Date): boolean {
  if (!filter) {
    return true;
  }
  const anyOf = <Value>(values: readonly Value[] | null | undefined, value: Value) =>
    !values || values.includes(value);
  if (!anyOf(filter.status, item.status) || !anyOf(filter.team, item.team)) {
    return false;
  }
  if (!anyOf(filter.category, item.category) || !anyOf(filter.priority, item.priority)) {
    return false;
  }
  if (filter.assigneeId && item.assigneeId !== filter.assigneeId) {
    return false;
  }
  if (filter.breached != null && isBreached(item, now) !== filter.breached) {
    return false;
  }
  if (filter.search) {
    const number = parseCaseNumber(filter.search);
    return number !== null
      ? item.number === number
      : item.title.toLowerCase().includes(filter.search.toLowerCase());
  }
  return true;
}

/**
 * Escalation cases and SLA policies for the fake server: the same rules as the API (transitions,
 * resolution note, priority from the most urgent comment, deadline from the policy), in memory.
 */
export function createFakeCases(deps: {
  initial: FakeCase[];
  comments: () => FakeComment[];
  byId: (id: string) => FakeComment | null;
  viewer: () => FakeViewer;
  /** The active teammates (`teamMembers`, from the collaboration fakes). */
  members: () => ReadonlyArray<{ id: string; displayName: string }>;
}) {
  const state = {
    cases: [...deps.initial],
    policies: { ...DEFAULT_SLA_MINUTES },
    /** Makes `cases` fail with this error code, until cleared. */
    failWith: null as string | null,
  };
  const calls = {
    cases: [] as CasesArgs[],
    escalateComment: [] as EscalateCommentInput[],
    linkCommentToCase: [] as LinkCommentToCaseInput[],
    updateCase: [] as UpdateCaseInput[],
    changeCaseStatus: [] as ChangeCaseStatusInput[],
    addCaseNote: [] as AddCaseNoteInput[],
    updateSlaPolicy: [] as UpdateSlaPolicyInput[],
  };
  const findCase = (id: string) =>
    state.cases.find((item) => item.id === id) ?? fail('NOT_FOUND', 'The case was not found.');
  const nameOf = (userId: string | null | undefined) =>
    deps.members().find((member) => member.id === userId)?.displayName ?? null;
  const record = (
    item: FakeCase,
    kind: CaseEventKind,
    details: Partial<Pick<FakeCaseEvent, 'from' | 'to' | 'text' | 'commentId'>> = {},
  ) => {
    const at = new Date().toISOString();
    item.events.push({
      __typename: 'CaseEvent',
      id: `${item.id}-event-${item.events.length + 1}`,
      at,
      kind,
      actorName: deps.viewer().displayName,
      from: null,
      to: null,
      text: null,
      commentId: null,
      ...details,
    });
    item.updatedAt = at;
  };
  const deadline = (priority: Urgency) =>
    dueAt(new Date(), state.policies[toDomainValue(priority)])?.toISOString() ?? null;
  const escalateComments = (ids: readonly string[]) => {
    for (const id of ids) {
      const comment = deps.byId(id);
      if (comment) {
        comment.status = 'ESCALATED';
        comment.statusChangedAt = new Date().toISOString();
      }
    }
  };

  const Query = {
    cases: (_: unknown, args: CasesArgs) => {
      calls.cases.push(args);
      if (state.failWith) {
        fail(state.failWith, 'Stub failure');
      }
      const now = new Date();
      const all = state.cases
        .filter((item) => matches(item, args.filter, now))
        .sort((a, b) =>
          args.orderBy === 'NEWEST'
            ? b.number - a.number
            : (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') || a.number - b.number,
        );
      const start = args.after
        ? all.findIndex((item) => `cursor:${item.id}` === args.after) + 1
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
    case: (_: unknown, { id }: { id: string }) =>
      state.cases.find((item) => item.id === id) ?? null,
    slaPolicies: () =>
      (['CRITICAL', 'HIGH', 'NORMAL', 'LOW'] as const).map((urgency) => ({
        __typename: 'SlaPolicy',
        urgency,
        minutes: state.policies[toDomainValue(urgency)],
        defaultMinutes: DEFAULT_SLA_MINUTES[toDomainValue(urgency)],
        updatedAt: null,
        updatedBy: null,
      })),
  };

  const Mutation = {
    escalateComment: (_: unknown, { input }: { input: EscalateCommentInput }) => {
      calls.escalateComment.push(input);
      const comments = input.commentIds.map(
        (id) => deps.byId(String(id)) ?? fail('NOT_FOUND', 'The comment was not found.'),
      );
      const ranks = { CRITICAL: 0, HIGH: 1, NORMAL: 2, LOW: 3 } as const;
      const priority = comments
        .map((comment) => comment.urgency ?? 'NORMAL')
        .reduce((best, urgency) => (ranks[urgency] < ranks[best] ? urgency : best), 'LOW');
      const item = buildCase({
        number: 1001 + state.cases.length,
        title: input.title ?? 'Patient complaint (Facebook)',
        category: input.category,
        team: input.team,
        priority,
        assigneeId: input.assigneeId ? String(input.assigneeId) : null,
        assigneeName: nameOf(input.assigneeId ? String(input.assigneeId) : null),
        dueAt: deadline(priority),
        createdByName: deps.viewer().displayName,
        commentIds: comments.map((comment) => comment.id),
      });
      item.id = `case-${item.number}`;
      item.reference = `C-${item.number}`;
      state.cases.push(item);
      record(item, 'OPENED');
      if (input.note) {
        record(item, 'NOTE_ADDED', { text: input.note });
      }
      escalateComments(item.commentIds);
      return item;
    },
    linkCommentToCase: (_: unknown, { input }: { input: LinkCommentToCaseInput }) => {
      calls.linkCommentToCase.push(input);
      const item = findCase(String(input.caseId));
      const commentId = String(input.commentId);
      if (!deps.byId(commentId)) {
        fail('NOT_FOUND', 'The comment was not found.');
      }
      if (!item.commentIds.includes(commentId)) {
        item.commentIds.push(commentId);
        record(item, 'COMMENT_LINKED', { commentId });
        escalateComments([commentId]);
      }
      return item;
    },
    updateCase: (_: unknown, { input }: { input: UpdateCaseInput }) => {
      calls.updateCase.push(input);
      const item = findCase(String(input.id));
      const lower = (value: string) => toDomainValue(value);
      if (input.team && input.team !== item.team) {
        record(item, 'TEAM_CHANGED', { from: lower(item.team), to: lower(input.team) });
        item.team = input.team;
      }
      if (input.category && input.category !== item.category) {
        record(item, 'CATEGORY_CHANGED', { from: lower(item.category), to: lower(input.category) });
        item.category = input.category;
      }
      if (input.priority && input.priority !== item.priority) {
        record(item, 'PRIORITY_CHANGED', { from: lower(item.priority), to: lower(input.priority) });
        item.priority = input.priority;
        item.dueAt = deadline(input.priority);
      }
      if (input.assigneeId !== undefined && input.assigneeId !== item.assigneeId) {
        const to = input.assigneeId ? String(input.assigneeId) : null;
        record(item, 'ASSIGNED', { from: item.assigneeName, to: nameOf(to) });
        item.assigneeId = to;
        item.assigneeName = nameOf(to);
      }
      return item;
    },
    changeCaseStatus: (_: unknown, { input }: { input: ChangeCaseStatusInput }) => {
      calls.changeCaseStatus.push(input);
      const item = findCase(String(input.id));
      const check = checkCaseTransition(
        toDomainValue(item.status),
        toDomainValue(input.status),
        input.resolutionNote,
      );
      if (!check.ok) {
        return fail('BAD_USER_INPUT', check.reason);
      }
      record(item, 'STATUS_CHANGED', {
        from: toDomainValue(item.status),
        to: toDomainValue(input.status),
        text: input.status === 'RESOLVED' ? (input.resolutionNote ?? null) : null,
      });
      item.status = input.status;
      if (input.status === 'RESOLVED') {
        item.resolvedAt = new Date().toISOString();
        item.resolutionNote = input.resolutionNote?.trim() ?? null;
      } else if (input.status === 'REOPENED') {
        item.resolvedAt = null;
        item.resolutionNote = null;
        item.dueAt = deadline(item.priority);
      }
      return item;
    },
    addCaseNote: (_: unknown, { input }: { input: AddCaseNoteInput }) => {
      calls.addCaseNote.push(input);
      const item = findCase(String(input.id));
      if (!input.text.trim()) {
        fail('BAD_USER_INPUT', 'Write the note first.');
      }
      record(item, 'NOTE_ADDED', { text: input.text.trim() });
      return item;
    },
    updateSlaPolicy: (_: unknown, { input }: { input: UpdateSlaPolicyInput }) => {
      calls.updateSlaPolicy.push(input);
      state.policies[toDomainValue(input.urgency)] = input.minutes ?? null;
      return {
        __typename: 'SlaPolicy',
        urgency: input.urgency,
        minutes: input.minutes ?? null,
        defaultMinutes: DEFAULT_SLA_MINUTES[toDomainValue(input.urgency)],
        updatedAt: new Date().toISOString(),
        updatedBy: deps.viewer().displayName,
      };
    },
  };

  const Comment = {
    cases: (comment: FakeComment) =>
      state.cases
        .filter((item) => item.commentIds.includes(comment.id))
        .sort((a, b) => b.number - a.number),
    /** First response: its arrival plus the policy of its urgency; a reply stops the clock. */
    sla: (comment: FakeComment) => {
      const minutes = comment.urgency ? state.policies[toDomainValue(comment.urgency)] : null;
      const deadline = dueAt(new Date(comment.receivedAt), minutes);
      const replied = comment.status === 'REPLIED' ? comment.statusChangedAt : null;
      const stopped =
        replied ??
        (comment.status === 'CLOSED' || comment.status === 'HIDDEN'
          ? comment.statusChangedAt
          : null);
      const { state: slaStateValue } = slaState({
        now: new Date(),
        dueAt: deadline,
        doneAt: stopped ? new Date(stopped) : null,
      });
      return {
        __typename: 'CommentSla',
        state: toGraphqlValue(slaStateValue),
        breached: slaStateValue === 'breached',
        dueAt: deadline?.toISOString() ?? null,
        stoppedAt: stopped,
        firstRespondedAt: replied,
        firstResponseSeconds: elapsedSeconds(
          new Date(comment.receivedAt),
          replied ? new Date(replied) : null,
        ),
      };
    },
  };

  const Case = {
    comments: (item: FakeCase) =>
      item.commentIds
        .map((id) => deps.byId(id))
        .filter((comment): comment is FakeComment => comment !== null),
    events: (item: FakeCase) => item.events,
    sla: (item: FakeCase) => {
      const { state: slaStateValue } = slaState({
        now: new Date(),
        dueAt: item.dueAt ? new Date(item.dueAt) : null,
        doneAt: item.status === 'RESOLVED' && item.resolvedAt ? new Date(item.resolvedAt) : null,
      });
      return {
        __typename: 'CaseSla',
        state: toGraphqlValue(slaStateValue),
        breached: slaStateValue === 'breached',
      };
    },
  };

  return {
    state,
    calls,
    resolvers: { Query, Mutation, Comment, Case },
  };
}

export type FakeCases = ReturnType<typeof createFakeCases>;
