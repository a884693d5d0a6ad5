/**
 * Every keyboard shortcut of the dashboard, declared once. The same list binds the keys (through
 * `ShortcutProvider`) and renders the `?` help, so the two cannot drift. A component that can act
 * on a shortcut supplies its handler by id with `useShortcutHandlers`; the type of that map only
 * accepts ids declared here.
 */

export const SHORTCUT_SCOPES = ['global', 'list', 'comment'] as const;
export type ShortcutScope = (typeof SHORTCUT_SCOPES)[number];

export const SHORTCUT_SCOPE_LABELS: Record<ShortcutScope, string> = {
  global: 'Anywhere',
  list: 'Inbox list',
  comment: 'Open comment',
};

export interface ShortcutDefinition {
  id: string;
  /** `KeyboardEvent.key` that triggers it. */
  key: string;
  description: string;
  scope: ShortcutScope;
}

export const SHORTCUTS = [
  { id: 'showHelp', key: '?', description: 'Show keyboard shortcuts', scope: 'global' },
  { id: 'focusSearch', key: '/', description: 'Search comments', scope: 'global' },
  { id: 'selectNext', key: 'j', description: 'Select the next comment', scope: 'list' },
  { id: 'selectPrevious', key: 'k', description: 'Select the previous comment', scope: 'list' },
  { id: 'openSelected', key: 'Enter', description: 'Open the selected comment', scope: 'list' },
  { id: 'closeComment', key: 'Escape', description: 'Close the comment', scope: 'comment' },
  { id: 'markInProgress', key: 'i', description: 'Mark in progress', scope: 'comment' },
  { id: 'markReplied', key: 'r', description: 'Mark replied', scope: 'comment' },
  { id: 'escalate', key: 'e', description: 'Escalate to a case', scope: 'comment' },
  { id: 'markClosed', key: 'c', description: 'Close', scope: 'comment' },
  { id: 'markHidden', key: 'h', description: 'Hide', scope: 'comment' },
  { id: 'reopen', key: 'u', description: 'Reopen', scope: 'comment' },
  { id: 'correctLabels', key: 'l', description: 'Correct the triage labels', scope: 'comment' },
  { id: 'assignComment', key: 'a', description: 'Take it, or pick an assignee', scope: 'comment' },
] as const satisfies readonly ShortcutDefinition[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];
export type Shortcut = (typeof SHORTCUTS)[number];
export type ShortcutHandlers = Partial<Record<ShortcutId, () => void>>;

const BY_KEY = new Map<string, Shortcut>(SHORTCUTS.map((shortcut) => [shortcut.key, shortcut]));
const BY_ID = new Map<ShortcutId, Shortcut>(SHORTCUTS.map((shortcut) => [shortcut.id, shortcut]));

export function getShortcut(id: ShortcutId): Shortcut {
  const shortcut = BY_ID.get(id);
  if (!shortcut) {
    throw new Error(`Unknown shortcut ${id}`);
  }
  return shortcut;
}

/** The shortcut a key press means, or null. Presses with Ctrl, Cmd or Alt belong to the browser. */
export function matchShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): Shortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey) {
    return null;
  }
  return BY_KEY.get(event.key) ?? null;
}

const KEY_NAMES: Record<string, string> = { Enter: 'Enter', Escape: 'Esc' };

/** How a key is printed on a key cap. */
export function formatKey(key: string): string {
  return KEY_NAMES[key] ?? key;
}

/** Shortcuts grouped by scope, in declaration order, for the help. */
export function groupShortcutsByScope(): Array<{ scope: ShortcutScope; shortcuts: Shortcut[] }> {
  return SHORTCUT_SCOPES.map((scope) => ({
    scope,
    shortcuts: SHORTCUTS.filter((shortcut) => shortcut.scope === scope),
  }));
}
