import { screen, waitFor, within } from '@testing-library/react';

import { buildChannel, buildComment, buildViewer } from '../../../testing/fake-data';
import { buildAuthor } from '../../../testing/fake-moderation';
import { createFakeServer } from '../../../testing/fake-server';
import { fillIn, renderApp } from '../../../testing/render-app';

function jolene() {
  const comments = [
    buildComment({
      id: 'fb',
      authorName: 'Jolene Pruitt',
      text: 'No thanks to the flu shot.',
      createdAt: '2026-01-15T11:00:00.000Z',
    }),
    buildComment({
      id: 'x',
      authorName: 'Jolene Pruitt',
      authorHandle: 'jolene_p',
      channel: buildChannel('X'),
      text: 'Still waiting for an answer.',
      createdAt: '2026-01-15T11:30:00.000Z',
    }),
  ];
  const author = buildAuthor({
    displayName: 'Jolene Pruitt',
    handles: ['@jolene_p'],
    channels: ['FACEBOOK', 'X'],
    commentIds: ['fb', 'x'],
  });
  return { comments, author };
}

async function openDrawer(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('article', { name: 'Comment by Jolene Pruitt' });
  await user.click(screen.getByRole('button', { name: 'Jolene Pruitt: history and notes' }));
  return screen.findByRole('dialog', { name: 'Author' });
}

describe('the author panel', () => {
  it('shows what the person wrote on every channel, newest first', async () => {
    const { comments, author } = jolene();
    const server = createFakeServer(comments, { authors: [author] });
    const { user } = renderApp({ server, path: '/inbox/fb' });
    const drawer = await openDrawer(user);

    expect(await within(drawer).findByRole('heading', { name: 'Jolene Pruitt' })).toBeVisible();
    expect(drawer).toHaveTextContent('@jolene_p');
    expect(drawer).toHaveTextContent('2 comments since');
    const list = within(drawer).getByRole('region', { name: 'Comments on every channel (2)' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Still waiting for an answer.'),
      expect.stringContaining('No thanks to the flu shot.'),
    ]);
    expect(items[1]).toHaveAttribute('aria-current', 'true');
    expect(within(items[0]).getByRole('img', { name: 'X' })).toBeInTheDocument();
  });

  it('adds a team note', async () => {
    const { comments, author } = jolene();
    const server = createFakeServer(comments, { authors: [author] });
    const { user } = renderApp({ server, path: '/inbox/fb' });
    const drawer = await openDrawer(user);

    const notes = await within(drawer).findByRole('region', { name: 'Team notes' });
    expect(notes).toHaveTextContent('No notes about this person yet.');
    await fillIn(
      user,
      within(notes).getByRole('textbox', { name: /Add a note about this person/ }),
      'Asked twice to stop messaging staff.',
    );
    await user.click(within(notes).getByRole('button', { name: 'Add note' }));

    expect(
      await within(drawer).findByRole('listitem', { name: 'Note by Morgan Lee' }),
    ).toHaveTextContent('Asked twice to stop messaging staff.');
    expect(server.moderation.calls.addAuthorNote).toEqual([
      { commentId: 'fb', body: 'Asked twice to stop messaging staff.' },
    ]);
  });

  it('lets a manager block the author', async () => {
    const { comments, author } = jolene();
    const server = createFakeServer(comments, {
      authors: [author],
      viewer: buildViewer({ role: 'MANAGER' }),
    });
    const { user } = renderApp({ server, path: '/inbox/fb' });
    const drawer = await openDrawer(user);

    await user.click(await within(drawer).findByRole('radio', { name: 'Blocked' }));
    await waitFor(() => expect(drawer).toHaveTextContent('Set by Morgan Lee'));
    expect(server.moderation.calls.setAuthorFlag).toEqual([{ commentId: 'fb', flag: 'BLOCK' }]);
    expect(drawer).toHaveTextContent('What they write next is hidden');
  });

  it('shows agents the flag without letting them change it', async () => {
    const { comments, author } = jolene();
    const server = createFakeServer(comments, {
      authors: [{ ...author, flag: 'WATCH' }],
      viewer: buildViewer({ role: 'AGENT' }),
    });
    const { user } = renderApp({ server, path: '/inbox/fb' });
    const drawer = await openDrawer(user);
    expect(await within(drawer).findByText('Watched')).toBeInTheDocument();
    expect(within(drawer).queryByRole('radio')).not.toBeInTheDocument();
  });

  it('explains when the comment names nobody it can recognise', async () => {
    const { comments } = jolene();
    const server = createFakeServer(comments);
    const { user } = renderApp({ server, path: '/inbox/fb' });
    const drawer = await openDrawer(user);
    expect(await within(drawer).findByText('No author to show')).toBeInTheDocument();
  });
});
