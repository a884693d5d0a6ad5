import { formatKey, groupShortcutsByScope, matchShortcut, SHORTCUTS } from './shortcut-registry';

describe('shortcut registry', () => {
  it('gives every shortcut its own id and its own key', () => {
    expect(new Set(SHORTCUTS.map((shortcut) => shortcut.id)).size).toBe(SHORTCUTS.length);
    expect(new Set(SHORTCUTS.map((shortcut) => shortcut.key)).size).toBe(SHORTCUTS.length);
  });

  it.each([
    [{ key: 'j' }, 'selectNext'],
    [{ key: 'Enter' }, 'openSelected'],
    [{ key: '?' }, 'showHelp'],
    [{ key: 'e' }, 'escalate'],
    [{ key: 'J' }, null],
    [{ key: 'x' }, null],
    [{ key: 'c', ctrlKey: true }, null],
    [{ key: 'r', metaKey: true }, null],
    [{ key: 'e', altKey: true }, null],
  ])('matches %o to %s', (event, expected) => {
    const match = matchShortcut({ ctrlKey: false, metaKey: false, altKey: false, ...event });
    expect(match?.id ?? null).toBe(expected);
  });

  it('groups every shortcut under exactly one scope', () => {
    const grouped = groupShortcutsByScope().flatMap((group) =>
      group.shortcuts.map((shortcut) => shortcut.id),
    );
    expect(grouped.sort()).toEqual(SHORTCUTS.map((shortcut) => shortcut.id).sort());
  });

  it('prints key caps for named keys', () => {
    expect([formatKey('Escape'), formatKey('Enter'), formatKey('j')]).toEqual([
      'Esc',
      'Enter',
      'j',
    ]);
  });
});
