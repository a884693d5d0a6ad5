import { mentionedUserIds } from '@bedside/domain';
import { GraphQLError } from 'graphql';

import type {
  AddCommentNoteInput,
  AssignCommentInput,
  MarkNotificationsReadInput,
  NotificationKind,
  PresenceActivity,
  ReportPresenceInput,
  Role,
} from '../gql/graphql';
import { FAKE_NOW, type FakeComment, type FakeViewer } from './fake-data';

/** A teammate as `teamMembers` and `Comment.assignee` answer. */
export interface FakeTeamMember {
  __typename: 'TeamMember';
  id: string;
  displayName: string;
  role: Role;
}

export interface FakeNote {
  __typename: 'CommentNote';
  id: string;
  commentId: string;
  authorId: string | null;
  authorName: string;
  body: string;
  mentionedUserIds: string[];
  createdAt: string;
}

export interface FakeNotification {
  __typename: 'Notification';
  id: string;
  kind: NotificationKind;
  commentId: string;
  noteId: string | null;
  actorName: string;
  createdAt: string;
  readAt: string | null;
}

export interface FakePresenceEntry {
  __typename: 'PresenceEntry';
  userId: string;
  displayName: string;
  activity: PresenceActivity;
  since: string;
}

let sequence = 0;

export function buildTeamMember(overrides: Partial<FakeTeamMember> = {}): FakeTeamMember {
  sequence += 1;
  return {
    __typename: 'TeamMember',
    id: `member-${sequence}`,
    displayName: `Teammate ${sequence}`,
    role: 'AGENT',
    ...overrides,
  };
}

/** The signed-in person as a teammate. */
export function teamMemberOf(viewer: FakeViewer): FakeTeamMember {
  return {
    __typename: 'TeamMember',
    id: viewer.id,
    displayName: viewer.displayName,
    role: viewer.role,
  };
}

/** An unread mention, sent a minute before FAKE_NOW. */
export function buildNotification(overrides: Partial<FakeNotification> = {}): FakeNotification {
  sequence += 1;
  return {
    __typename: 'Notification',
    id: `notification-${sequence}`,
    kind: 'MENTION',
    commentId: 'comment-1',
    noteId: `note-${sequence}`,
    actorName: 'Dana Whitfield',
    createdAt: new Date(FAKE_NOW - 60_000).toISOString(),
    readAt: null,
    ...overrides,
  };
}

export function buildPresenceEntry(
  member: Pick<FakeTeamMember, 'id' | 'displayName'>,
  activity: PresenceActivity = 'VIEWING',
): FakePresenceEntry {
  return {
    __typename: 'PresenceEntry',
    userId: member.id,
    displayName: member.displayName,
    activity,
    since: new Date(FAKE_NOW - 30_000).toISOString(),
  };
}

export interface FakeCollaborationOptions {
  /** Active teammates; the signed-in person is added when missing. */
  members?: FakeTeamMember[];
  notes?: FakeNote[];
  notifications?: FakeNotification[];
  /** Who is on each comment, by comment id. */
  presence?: Record<string, FakePresenceEntry[]>;
  /** Makes `assignComment` and `addCommentNote` fail with this error code, until cleared. */
  failCollaborationWith?: string | null;
}

interface CollaborationContext {
  viewer: () => FakeViewer;
  byId: (id: string) => FakeComment | null;
}

const fail = (code: string, message: string): never => {
  throw new GraphQLError(message, { extensions: { code } });
};

const RANK: Record<Role, number> = { AGENT: 0, REVIEWER: 1, MANAGER: 2, ADMIN: 3 };

/**
 * Assignment, notes, notifications and presence for the fake server, with the server's rules
 * (agents only take or give back their own; mentions parsed by the shared `@bedside/domain`).
 */
export function createCollaborationFakes(
  context: CollaborationContext,
  options: FakeCollaborationOptions,
) {
  const viewer = context.viewer();
  const members = [...(options.members ?? [])];
  if (!members.some((member) => member.id === viewer.id)) {
    members.unshift(teamMemberOf(viewer));
  }
  const state = {
    members,
    notes: [...(options.notes ?? [])],
    notifications: [...(options.notifications ?? [])],
    presence: new Map(Object.entries(options.presence ?? {})),
    failCollaborationWith: options.failCollaborationWith ?? null,
  };
  const calls = {
    assignComment: [] as AssignCommentInput[],
    addCommentNote: [] as AddCommentNoteInput[],
    reportPresence: [] as ReportPresenceInput[],
    markNotificationsRead: [] as MarkNotificationsReadInput[],
  };
  const memberById = (id: string | null) =>
    id ? (state.members.find((member) => member.id === id) ?? null) : null;
  const presenceOf = (commentId: string) => ({
    __typename: 'CommentPresence' as const,
    commentId,
    entries: state.presence.get(commentId) ?? [],
  });
  const commentOrFail = (id: string) =>
    context.byId(id) ?? fail('NOT_FOUND', 'The comment was not found.');
  const failIfAsked = () => {
    if (state.failCollaborationWith) {
      fail(state.failCollaborationWith, 'Stub failure');
    }
  };

  return {
    state,
    calls,
    query: {
      teamMembers: () => state.members,
      notifications: (_: unknown, { first }: { first: number }) => ({
        unreadCount: state.notifications.filter((notification) => !notification.readAt).length,
        items: [...state.notifications]
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .slice(0, first),
      }),
      commentPresence: (_: unknown, { commentId }: { commentId: string }) => presenceOf(commentId),
    },
    mutation: {
      assignComment: (_: unknown, { input }: { input: AssignCommentInput }) => {
        calls.assignComment.push(input);
        failIfAsked();
        const comment = commentOrFail(String(input.commentId));
        const me = context.viewer();
        const to = input.assigneeId ? String(input.assigneeId) : null;
        const from = comment.assigneeId;
        const takesForSelf = to === me.id && (from === null || from === me.id);
        const givesBackOwn = to === null && from === me.id;
        if (RANK[me.role] < RANK.MANAGER && !takesForSelf && !givesBackOwn) {
          fail('FORBIDDEN', 'Only a manager can assign a comment to someone else.');
        }
        if (to && !memberById(to)) {
          fail('BAD_USER_INPUT', 'Assign the comment to an active team member.');
        }
        comment.assigneeId = to;
        return comment;
      },
      addCommentNote: (_: unknown, { input }: { input: AddCommentNoteInput }) => {
        calls.addCommentNote.push(input);
        failIfAsked();
        commentOrFail(String(input.commentId));
        const me = context.viewer();
        sequence += 1;
        const note: FakeNote = {
          __typename: 'CommentNote',
          id: `note-${sequence}`,
          commentId: String(input.commentId),
          authorId: me.id,
          authorName: me.displayName,
          body: input.body,
          mentionedUserIds: mentionedUserIds(input.body, state.members),
          createdAt: new Date().toISOString(),
        };
        state.notes.push(note);
        return note;
      },
      reportPresence: (_: unknown, { input }: { input: ReportPresenceInput }) => {
        calls.reportPresence.push(input);
        const me = context.viewer();
        const commentId = String(input.commentId);
        const others = (state.presence.get(commentId) ?? []).filter(
          (entry) => entry.userId !== me.id,
        );
        const mine =
          input.activity === 'LEFT'
            ? []
            : [buildPresenceEntry({ id: me.id, displayName: me.displayName }, input.activity)];
        state.presence.set(commentId, [...others, ...mine]);
        return presenceOf(commentId);
      },
      markNotificationsRead: (_: unknown, { input }: { input: MarkNotificationsReadInput }) => {
        calls.markNotificationsRead.push(input);
        const readAt = new Date().toISOString();
        let changed = 0;
        for (const notification of state.notifications) {
          if (!notification.readAt && (!input.ids || input.ids.includes(notification.id))) {
            notification.readAt = readAt;
            changed += 1;
          }
        }
        return changed;
      },
    },
    comment: {
      assignee: (comment: FakeComment) => memberById(comment.assigneeId),
      notes: (comment: FakeComment) => state.notes.filter((note) => note.commentId === comment.id),
    },
  };
}
