import { ERROR_MESSAGES } from '@bedside/domain';
import { jest } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { buildChannel, buildComment, buildComments, buildViewer } from '../testing/fake-data';
import { createFakeServer } from '../testing/fake-server';
import { renderApp } from '../testing/render-app';

async function findRows() {
  const list = await screen.findByRole('listbox', { name: 'Comments' });
  return within(list).getAllByRole('option');
}

function tabCount(tab: string): string | null {
  return screen.getByTestId(`tab-count-${tab}`).textContent;
}

function selectedRow(): HTMLElement | null {
  const list = screen.getByRole('listbox', { name: 'Comments' });
  return within(list).queryAllByRole('option', { selected: true })[0] ?? null;
}

describe('InboxPage', () => {
  it('lists the New comments with a count badge on every tab', async () => {
    const server = createFakeServer([
      ...buildComments(3),
      ...buildComments(2, { status: 'CLOSED' }),
      buildComment({ authorName: 'Priya Raman', text: 'Where do visitors park?' }),
    ]);
    renderApp({ server });

    const rows = await findRows();
    expect(rows).toHaveLength(4);
    expect(within(rows[3]).getByText('Priya Raman')).toBeInTheDocument();
    expect(within(rows[3]).getByText('Where do visitors park?')).toBeInTheDocument();
    await waitFor(() => expect(tabCount('new')).toBe('4'));
    expect(tabCount('closed')).toBe('2');
    expect(tabCount('escalated')).toBe('0');
    expect(tabCount('all')).toBe('6');
  });

  it('explains an empty database and loads the sample data', async () => {
    const sampleChannel = buildChannel('GOOGLE_REVIEW', { isSample: true });
    const server = createFakeServer([], { sample: buildComments(2, { channel: sampleChannel }) });
    const { user } = renderApp({ server });

    expect(await screen.findByText('Your inbox is empty')).toBeInTheDocument();
    expect(screen.getByText('npx bedside import FILE')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load sample data' }));

    expect(await findRows()).toHaveLength(2);
    expect(server.calls.loadSampleData).toBe(1);
    expect(
      screen.getByText(/You are looking at sample data for a fictional hospital/),
    ).toBeInTheDocument();
    expect(within((await findRows())[0]).getByText('Sample')).toBeInTheDocument();
  });

  it('offers the sample data controls only to managers and admins', async () => {
    const agent = buildViewer({ role: 'AGENT' });
    const empty = createFakeServer([], { viewer: agent });
    renderApp({ server: empty });

    expect(await screen.findByText('Your inbox is empty')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load sample data' })).not.toBeInTheDocument();
    expect(screen.getByText(/A manager or admin can load a sample/)).toBeInTheDocument();
    cleanup();

    const sampleChannel = buildChannel('INSTAGRAM', { isSample: true });
    const loaded = createFakeServer(buildComments(2, { channel: sampleChannel }), {
      viewer: agent,
      sampleDataLoaded: true,
    });
    renderApp({ server: loaded });
    await findRows();
    expect(
      screen.getByText(/You are looking at sample data for a fictional hospital/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove sample data' })).not.toBeInTheDocument();
    cleanup();

    const manager = createFakeServer([], { viewer: buildViewer({ role: 'MANAGER' }) });
    renderApp({ server: manager });
    expect(await screen.findByRole('button', { name: 'Load sample data' })).toBeInTheDocument();
  });

  it('says when no comment matches, and clears the filters', async () => {
    const server = createFakeServer(buildComments(2));
    const { user, searchParams } = renderApp({ server, path: '/inbox?q=zebra&sentiment=negative' });

    expect(await screen.findByText('No comments match these filters')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]);

    expect(await findRows()).toHaveLength(2);
    expect(searchParams().toString()).toBe('');
  });

  it('puts filter changes in the URL and narrows the list', async () => {
    const server = createFakeServer([
      buildComment({ channel: buildChannel('GOOGLE_REVIEW'), text: 'Parking was easy and free.' }),
      buildComment({ channel: buildChannel('GOOGLE_REVIEW'), text: 'Kind nurses on ward 4.' }),
      buildComment({ channel: buildChannel('FACEBOOK'), text: 'Is the parking garage open?' }),
    ]);
    const { user, searchParams } = renderApp({ server });
    expect(await findRows()).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Channel: All channels' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Google reviews' }));
    await waitFor(() => expect(searchParams().get('channel')).toBe('google_review'));
    await waitFor(async () => expect(await findRows()).toHaveLength(2));

    await user.type(screen.getByRole('searchbox', { name: 'Search comments' }), 'parking');
    await waitFor(() => expect(searchParams().get('q')).toBe('parking'));
    const rows = await waitFor(async () => {
      const current = await findRows();
      expect(current).toHaveLength(1);
      return current;
    });
    expect(within(rows[0]).getByText('Parking was easy and free.')).toBeInTheDocument();
    expect(searchParams().get('channel')).toBe('google_review');
  });

  it('restores tab, filters and order from the URL', async () => {
    const server = createFakeServer([
      buildComment({
        status: 'CLOSED',
        createdAt: '2026-11-20T10:00:00.000Z',
        text: 'Older closed',
      }),
      buildComment({
        status: 'CLOSED',
        createdAt: '2026-11-21T10:00:00.000Z',
        text: 'Newer closed',
      }),
      buildComment({ status: 'NEW' }),
    ]);
    renderApp({ server, path: '/inbox?status=closed&channel=facebook&order=oldest' });

    const rows = await findRows();
    expect(rows.map((row) => within(row).getByText(/closed$/).textContent)).toEqual([
      'Older closed',
      'Newer closed',
    ]);
    expect(screen.getByRole('tab', { name: /Closed/ })).toHaveAttribute('aria-selected', 'true');
    expect(server.calls.comments[0]).toMatchObject({
      filter: { status: ['CLOSED'], channel: ['FACEBOOK'] },
      orderBy: 'OLDEST',
    });
  });

  it('moves with j and k, opens with Enter and closes with Escape', async () => {
    const comments = buildComments(3);
    const server = createFakeServer(comments);
    const { user, url } = renderApp({ server });
    await findRows();

    await user.keyboard('j');
    expect(selectedRow()).toHaveAttribute('data-comment-id', comments[0].id);
    await user.keyboard('jj');
    expect(selectedRow()).toHaveAttribute('data-comment-id', comments[2].id);
    await user.keyboard('k');
    expect(selectedRow()).toHaveAttribute('data-comment-id', comments[1].id);
    expect(url()).toBe('/inbox');

    await user.keyboard('{Enter}');
    expect(url()).toBe(`/inbox/${comments[1].id}`);
    expect(
      await screen.findByRole('article', { name: `Comment by ${comments[1].authorName}` }),
    ).toBeInTheDocument();

    // With the pane open, the pane follows the cursor.
    await user.keyboard('j');
    expect(url()).toBe(`/inbox/${comments[2].id}`);
    expect(
      await screen.findByRole('article', { name: `Comment by ${comments[2].authorName}` }),
    ).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(url()).toBe('/inbox');
    expect(screen.queryByRole('article', { name: /^Comment by/ })).not.toBeInTheDocument();
  });

  it('opens a comment on click and keeps the filters in the URL', async () => {
    const comments = buildComments(2);
    const server = createFakeServer(comments);
    const { user, url } = renderApp({ server, path: '/inbox?order=oldest' });

    await user.click((await findRows())[0]);

    expect(url()).toBe(`/inbox/${comments[1].id}?order=oldest`);
    expect(
      await screen.findByRole('article', { name: `Comment by ${comments[1].authorName}` }),
    ).toBeInTheDocument();
  });

  it('focuses the search on / and ignores shortcuts while typing', async () => {
    const server = createFakeServer(buildComments(2));
    const { user, url } = renderApp({ server });
    await findRows();

    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search comments' });
    expect(search).toHaveFocus();
    await user.keyboard('jk{Enter}');

    expect(search).toHaveValue('jk');
    expect(selectedRow()).toBeNull();
    expect(url()).toBe('/inbox');
  });

  it('changes the status by button and by shortcut, updating the row and the tab counts', async () => {
    const comments = buildComments(3);
    const server = createFakeServer(comments);
    const { user } = renderApp({ server, path: `/inbox/${comments[0].id}` });
    await screen.findByRole('article', { name: `Comment by ${comments[0].authorName}` });
    await waitFor(() => expect(tabCount('new')).toBe('3'));

    await user.click(screen.getByRole('button', { name: 'Mark replied' }));

    expect(server.calls.updateCommentStatus).toEqual([{ id: comments[0].id, status: 'REPLIED' }]);
    await waitFor(() => expect(tabCount('replied')).toBe('1'));
    expect(tabCount('new')).toBe('2');
    const row = (await findRows()).find((option) => option.dataset['commentId'] === comments[0].id);
    expect(within(row!).getByText('Replied')).toBeInTheDocument();

    await user.keyboard('c');

    await waitFor(() => expect(tabCount('closed')).toBe('1'));
    expect(tabCount('replied')).toBe('0');
    expect(server.calls.updateCommentStatus[1]).toEqual({ id: comments[0].id, status: 'CLOSED' });
    expect(screen.getByRole('button', { name: 'Close' })).toBeDisabled();
  });

  it('shows a safe error message and retries', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const server = createFakeServer(buildComments(2), { failWith: 'INTERNAL' });
    const { user } = renderApp({ server });

    expect(await screen.findByText('Could not load the inbox')).toBeInTheDocument();
    expect(screen.getByText(ERROR_MESSAGES.INTERNAL)).toBeInTheDocument();
    expect(screen.queryByText('Stub failure')).not.toBeInTheDocument();

    server.state.failWith = null;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await findRows()).toHaveLength(2);
    errors.mockRestore();
  });

  it('removes the sample data after a confirmation', async () => {
    const sampleChannel = buildChannel('INSTAGRAM', { isSample: true });
    const server = createFakeServer(buildComments(2, { channel: sampleChannel }), {
      sampleDataLoaded: true,
    });
    const { user } = renderApp({ server });
    await findRows();

    await user.click(screen.getByRole('button', { name: 'Remove sample data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove sample data?' });
    expect(server.calls.removeSampleData).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Remove sample data' }));

    expect(await screen.findByText('Your inbox is empty')).toBeInTheDocument();
    expect(server.calls.removeSampleData).toBe(1);
    expect(screen.queryByText(/You are looking at sample data/)).not.toBeInTheDocument();
  });

  it('loads the next page as the list scrolls to its end', async () => {
    const server = createFakeServer(buildComments(250));
    renderApp({ server });
    const list = await screen.findByRole('listbox', { name: 'Comments' });
    expect(server.calls.comments).toHaveLength(1);

    fireEvent.keyDown(list, { key: 'End' });

    await waitFor(() => expect(server.calls.comments.some((call) => call.after)).toBe(true));
    await waitFor(() => expect(screen.getByText('250 comments')).toBeInTheDocument());
    fireEvent.keyDown(list, { key: 'End' });
    await waitFor(() =>
      expect(Number(selectedRow()?.getAttribute('aria-posinset'))).toBeGreaterThan(100),
    );
  });
});
