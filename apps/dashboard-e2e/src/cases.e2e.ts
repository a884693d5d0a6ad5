import type { Browser, BrowserContext } from 'playwright-core';

import { launchChromium } from './support/browser';
import { baseUrl, InboxScreen } from './support/inbox-page';
import { e2eAccount, SignInScreen } from './support/session';

const RESOLUTION =
  'Patient relations called the family back; a meeting with the unit manager is set.';

/**
 * The escalation workflow end to end: a team member signs in, escalates a sample complaint from
 * the inbox to a case, works it on the case page and resolves it with a note.
 */
describe('escalating a complaint to a case in a browser', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // A step that never happens fails with its locator, well inside the test's own timeout.
    context.setDefaultTimeout(10_000);
  });

  afterEach(async () => {
    await context.close();
  });

  it('signs in, escalates a complaint, opens the case and resolves it with a note', async () => {
    const account = e2eAccount();
    const page = await context.newPage();
    const inbox = new InboxScreen(page);

    await page.goto(`${baseUrl()}/inbox?intent=complaint`);
    await new SignInScreen(page).signIn(account.email, account.password);
    await inbox.rows.first().waitFor();
    expect(inbox.path()).toBe('/inbox?intent=complaint');

    const commentId = await inbox.rows.first().getAttribute('data-comment-id');
    await inbox.rows.first().click();
    await inbox.openComment().waitFor();
    await page.keyboard.press('e');
    const dialog = page.getByRole('dialog', { name: 'Escalate to a case' });
    await dialog.waitFor();
    await expect(dialog.getByRole('combobox', { name: 'Category' }).inputValue()).resolves.toMatch(
      /^(Patient complaint|Emergency or safety|Medical question for the nurse line)$/,
    );
    await dialog
      .getByRole('textbox', { name: 'Note for the team' })
      .fill('Second complaint this week about the same ward.');
    await dialog.getByRole('button', { name: 'Open case' }).click();

    const opened = dialog.getByText(/^Case C-\d+ opened\.$/);
    await opened.waitFor();
    const reference = ((await opened.textContent()) ?? '').match(/C-\d+/)?.[0] ?? '';
    // The pane shows the case and the new status without a reload.
    const pane = page.getByRole('region', { name: 'Comment' });
    await pane
      .getByRole('region', { name: 'Cases' })
      .getByRole('link', { name: reference })
      .waitFor();

    await dialog.getByRole('link', { name: `Open case ${reference}` }).click();
    const casePage = page.getByRole('article', { name: 'Case' });
    await casePage.waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/cases\/[\w-]+$/);
    await casePage.getByText(reference, { exact: true }).waitFor();
    const linked = casePage.getByRole('region', { name: /^Comment/ }).getByRole('link', {
      name: 'Open in the inbox',
    });
    await expect(linked.getAttribute('href')).resolves.toBe(`/inbox/${commentId}?status=all`);

    const status = casePage.getByRole('group', { name: 'Case status' });
    await status.getByRole('button', { name: 'Start work' }).click();
    await status.getByRole('button', { name: 'Resolve' }).click();
    const resolve = page.getByRole('dialog', { name: `Resolve ${reference}` });
    await resolve.waitFor();
    await resolve.getByRole('button', { name: 'Resolve case' }).click();
    await resolve.getByText('Write how the case was resolved.').waitFor();
    await resolve.getByRole('textbox', { name: 'Resolution note' }).fill(RESOLUTION);
    await resolve.getByRole('button', { name: 'Resolve case' }).click();
    await resolve.waitFor({ state: 'detached' });

    await status.getByRole('button', { name: 'Reopen' }).waitFor();
    const timeline = casePage.getByRole('region', { name: 'Timeline' });
    await timeline.getByText(`${account.displayName} resolved the case`).waitFor();
    await expect(timeline.getByText(RESOLUTION).count()).resolves.toBe(1);
    await casePage
      .getByRole('complementary', { name: 'Case details' })
      .getByText(RESOLUTION)
      .waitFor();

    // The cases list shows it among the resolved ones.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cases' })
      .click();
    await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Resolved', exact: true }).click();
    const row = page
      .getByRole('table', { name: 'Cases' })
      .getByRole('row')
      .filter({ hasText: reference });
    await row.getByText('Resolved', { exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe('?status=resolved');
  });
});
