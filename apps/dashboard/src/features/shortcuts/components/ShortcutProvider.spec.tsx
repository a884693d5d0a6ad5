import { jest } from '@jest/globals';
import { TextInput } from '@mantine/core';
import { screen, within } from '@testing-library/react';

import { renderWithTheme } from '../../../testing/render-app';
import { useShortcutHandlers } from '../hooks/useShortcutHandlers';
import { formatKey, SHORTCUT_SCOPE_LABELS, SHORTCUTS } from '../shortcut-registry';
import { ShortcutProvider } from './ShortcutProvider';

function Listener({ onNext }: { onNext: () => void }) {
  useShortcutHandlers({ selectNext: onNext });
  return <TextInput aria-label="Notes" />;
}

function renderProvider(onNext: () => void = () => undefined) {
  return renderWithTheme(
    <ShortcutProvider>
      <Listener onNext={onNext} />
    </ShortcutProvider>,
  );
}

describe('ShortcutProvider', () => {
  it('opens a help listing every registered shortcut on ?', async () => {
    const { user } = renderProvider();

    await user.keyboard('?');

    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog).getAllByRole('row');
    expect(rows.map((row) => row.getAttribute('data-shortcut'))).toEqual(
      SHORTCUTS.map((shortcut) => shortcut.id),
    );
    for (const shortcut of SHORTCUTS) {
      const row = rows.find((candidate) => candidate.getAttribute('data-shortcut') === shortcut.id);
      expect(within(row!).getByText(shortcut.description)).toBeInTheDocument();
      expect(within(row!).getByText(formatKey(shortcut.key))).toBeInTheDocument();
    }
    for (const label of Object.values(SHORTCUT_SCOPE_LABELS)) {
      expect(within(dialog).getByRole('heading', { name: label })).toBeInTheDocument();
    }
  });

  it('runs the handler of a mounted component', async () => {
    const onNext = jest.fn();
    const { user } = renderProvider(onNext);

    await user.keyboard('jj');

    expect(onNext).toHaveBeenCalledTimes(2);
  });

  it('stays quiet while the user types in a field', async () => {
    const onNext = jest.fn();
    const { user } = renderProvider(onNext);

    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'just?');

    expect(onNext).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('just?');
  });
});
