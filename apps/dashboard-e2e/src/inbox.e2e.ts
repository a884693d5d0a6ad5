import type { Browser, BrowserContext } from 'playwright-core';

import { launchChromium } from './support/browser';
import { InboxScreen } from './support/inbox-page';
import { signInThroughApi } from './support/session';

/**
 * The inbox in a real Chromium against the real built server, loaded with the sample data by the
 * global setup. Each spec's browser context signs in as the setup's admin first. Specs only count
 * relative changes, so they hold whatever order they run in.
 */
describe('the inbox in a browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let inbox: InboxScreen;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await signInThroughApi(context);
    inbox = new InboxScreen(await context.newPage());
  });

  afterEach(async () => {
    await context.close();
  });

  it('shows the sample comments and says they are sample data', async () => {
    await inbox.open('/');

    expect(inbox.path()).toBe('/inbox');
    await expect(inbox.rows.count()).resolves.toBeGreaterThan(5);
    await expect(
      inbox.page.getByText('You are looking at sample data for a fictional hospital.').isVisible(),
    ).resolves.toBe(true);
    await expect(inbox.rows.first().getByText('Sample', { exact: true }).isVisible()).resolves.toBe(
      true,
    );
    await expect(inbox.total()).resolves.toBeGreaterThan(100);
  });

  it('narrows the list by channel and search, and keeps the filters in the URL', async () => {
    await inbox.open();
    const everything = await inbox.total();

    await inbox.page.getByRole('button', { name: 'Channel: All channels' }).click();
    await inbox.page.getByRole('checkbox', { name: 'Google reviews' }).check();
    await inbox.page.keyboard.press('Escape');
    const reviews = await inbox.eventually(
      () => inbox.total(),
      (total) => total < everything,
    );
    expect(new URL(inbox.page.url()).searchParams.get('channel')).toBe('google_review');
    const glyphs = await inbox.rows.getByRole('img', { name: 'Google reviews' }).count();
    await expect(inbox.rows.count()).resolves.toBe(glyphs);

    await inbox.page.getByRole('searchbox', { name: 'Search comments' }).fill('parking');
    const matches = await inbox.eventually(
      () => inbox.total(),
      (total) => total < reviews,
    );
    expect(matches).toBeGreaterThan(0);
    expect(new URL(inbox.page.url()).searchParams.get('q')).toBe('parking');

    // A reload (or a shared link) restores the same view.
    await inbox.page.reload();
    await inbox.rows.first().waitFor();
    await expect(inbox.total()).resolves.toBe(matches);
  });

  it('opens a comment by click and by keyboard, showing its thread', async () => {
    await inbox.open();

    const firstId = await inbox.rows.nth(0).getAttribute('data-comment-id');
    await inbox.rows.nth(0).click();
    await inbox.openComment().waitFor();
    expect(inbox.path()).toBe(`/inbox/${firstId}`);
    await expect(inbox.page.getByRole('region', { name: 'Thread' }).isVisible()).resolves.toBe(
      true,
    );

    await inbox.page.keyboard.press('Escape');
    await inbox.openComment().waitFor({ state: 'detached' });
    expect(inbox.path()).toBe('/inbox');

    // Closing keeps the cursor on the comment that was open; j moves it down one.
    await expect(inbox.selectedRow().getAttribute('data-comment-id')).resolves.toBe(firstId);
    await inbox.page.keyboard.press('j');
    const secondId = await inbox.selectedRow().getAttribute('data-comment-id');
    expect(secondId).toBe(await inbox.rows.nth(1).getAttribute('data-comment-id'));
    await inbox.page.keyboard.press('Enter');
    await inbox.openComment().waitFor();
    expect(inbox.path()).toBe(`/inbox/${secondId}`);
  });

  it('escalates the open comment with a shortcut and updates the tab counts', async () => {
    await inbox.open();
    const newBefore = await inbox.tabCount('new');
    const escalatedBefore = await inbox.tabCount('escalated');

    await inbox.page.keyboard.press('j');
    await inbox.page.keyboard.press('Enter');
    await inbox.openComment().waitFor();
    await inbox.page.keyboard.press('e');

    await inbox.eventually(
      () => inbox.tabCount('escalated'),
      (count) => count === escalatedBefore + 1,
    );
    await expect(inbox.tabCount('new')).resolves.toBe(newBefore - 1);
    await expect(
      inbox.page.getByRole('button', { name: 'Escalate', exact: true }).isDisabled(),
    ).resolves.toBe(true);
  });
});
