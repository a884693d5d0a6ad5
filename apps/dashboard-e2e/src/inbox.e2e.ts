import { useSignedInInbox } from './support/signed-in-inbox';

/**
 * The inbox in a real Chromium against the real built server, loaded with the sample data by the
 * global setup. Each spec's browser context signs in as the setup's admin first. Specs only count
 * relative changes, so they hold whatever order they run in.
 */
describe('the inbox in a browser', () => {
  const session = useSignedInInbox();

  it('shows the sample comments and says they are sample data', async () => {
    await session.inbox.open('/');

    expect(session.inbox.path()).toBe('/inbox');
    await expect(session.inbox.rows.count()).resolves.toBeGreaterThan(5);
    await expect(
      session.inbox.page
        .getByText('You are looking at sample data for a fictional hospital.')
        .isVisible(),
    ).resolves.toBe(true);
    // Other specs add real comments to the same server, so the newest row need not be a sample.
    await expect(
      session.inbox.list.getByText('Sample', { exact: true }).first().isVisible(),
    ).resolves.toBe(true);
    await expect(session.inbox.total()).resolves.toBeGreaterThan(100);
  });

  it('narrows the list by channel and search, and keeps the filters in the URL', async () => {
    await session.inbox.open();
    const everything = await session.inbox.total();

    await session.inbox.page.getByRole('button', { name: 'Channel: All channels' }).click();
    await session.inbox.page.getByRole('checkbox', { name: 'Google reviews' }).check();
    await session.inbox.page.keyboard.press('Escape');
    const reviews = await session.inbox.eventually(
      () => session.inbox.total(),
      (total) => total < everything,
    );
    expect(new URL(session.inbox.page.url()).searchParams.get('channel')).toBe('google_review');
    const glyphs = await session.inbox.rows.getByRole('img', { name: 'Google reviews' }).count();
    await expect(session.inbox.rows.count()).resolves.toBe(glyphs);

    await session.inbox.page.getByRole('searchbox', { name: 'Search comments' }).fill('parking');
    const matches = await session.inbox.eventually(
      () => session.inbox.total(),
      (total) => total < reviews,
    );
    expect(matches).toBeGreaterThan(0);
    expect(new URL(session.inbox.page.url()).searchParams.get('q')).toBe('parking');

    // A reload (or a shared link) restores the same view.
    await session.inbox.page.reload();
    await session.inbox.rows.first().waitFor();
    await expect(session.inbox.total()).resolves.toBe(matches);
  });

  it('opens a comment by click and by keyboard, showing its thread', async () => {
    await session.inbox.open();

    const firstId = await session.inbox.rows.nth(0).getAttribute('data-comment-id');
    await session.inbox.rows.nth(0).click();
    await session.inbox.openComment().waitFor();
    expect(session.inbox.path()).toBe(`/inbox/${firstId}`);
    await expect(
      session.inbox.page.getByRole('region', { name: 'Thread' }).isVisible(),
    ).resolves.toBe(true);

    await session.inbox.page.keyboard.press('Escape');
    await session.inbox.openComment().waitFor({ state: 'detached' });
    expect(session.inbox.path()).toBe('/inbox');

    // Closing keeps the cursor on the comment that was open; j moves it down one.
    await expect(session.inbox.selectedRow().getAttribute('data-comment-id')).resolves.toBe(
      firstId,
    );
    await session.inbox.page.keyboard.press('j');
    const secondId = await session.inbox.selectedRow().getAttribute('data-comment-id');
    expect(secondId).toBe(await session.inbox.rows.nth(1).getAttribute('data-comment-id'));
    await session.inbox.page.keyboard.press('Enter');
    await session.inbox.openComment().waitFor();
    expect(session.inbox.path()).toBe(`/inbox/${secondId}`);
  });

  it('escalates the open comment to a case with a shortcut and updates the tab counts', async () => {
    await session.inbox.open();
    const newBefore = await session.inbox.tabCount('new');
    const escalatedBefore = await session.inbox.tabCount('escalated');

    await session.inbox.page.keyboard.press('j');
    await session.inbox.page.keyboard.press('Enter');
    await session.inbox.openComment().waitFor();
    await session.inbox.page.keyboard.press('e');
    const dialog = session.inbox.page.getByRole('dialog', { name: 'Escalate to a case' });
    await dialog.getByRole('button', { name: 'Open case' }).click();
    await dialog.getByRole('button', { name: 'Done' }).click();

    await session.inbox.eventually(
      () => session.inbox.tabCount('escalated'),
      (count) => count === escalatedBefore + 1,
    );
    await expect(session.inbox.tabCount('new')).resolves.toBe(newBefore - 1);
    await session.inbox.page.getByRole('region', { name: 'Cases' }).waitFor();
  });
});
