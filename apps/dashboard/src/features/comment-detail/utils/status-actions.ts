import type { CommentStatus } from '../../../gql/graphql';
import type { ShortcutId } from '../../shortcuts/shortcut-registry';

export interface StatusAction {
  status: CommentStatus;
  /** The registry entry whose key and description the button shows. */
  shortcut: ShortcutId;
}

/**
 * The status buttons of the detail pane, in the order a triage usually goes. ESCALATED has no
 * button: a comment becomes escalated by opening a case for it (the Escalate button).
 */
export const STATUS_ACTIONS: readonly StatusAction[] = [
  { status: 'IN_PROGRESS', shortcut: 'markInProgress' },
  { status: 'REPLIED', shortcut: 'markReplied' },
  { status: 'CLOSED', shortcut: 'markClosed' },
  { status: 'HIDDEN', shortcut: 'markHidden' },
  { status: 'NEW', shortcut: 'reopen' },
];
