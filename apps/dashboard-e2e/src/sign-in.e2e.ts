import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchChromium } from './support/browser';
import { baseUrl, InboxScreen } from './support/inbox-page';
import { e2eAccount, SignInScreen } from './support/session';

function pathOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/** Signing in and out through the real page, with the admin the global setup made with the CLI. */
describe('signing in in a browser', () => {
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
  });

  afterEach(async () => {
    await context.close();
  });

  it('refuses a wrong password, signs in with the right one, and signs out', async () => {
    const account = e2eAccount();
    const page = await context.newPage();
    const signIn = new SignInScreen(page);
    const inbox = new InboxScreen(page);

    // Signed out, the inbox sends the visitor to sign in, remembering where they were going.
    await page.goto(`${baseUrl()}/inbox?status=all`);
    await signIn.email.waitFor();
    expect(pathOf(page)).toBe(`/sign-in?next=${encodeURIComponent('/inbox?status=all')}`);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe(
      'email',
    );

    await signIn.signIn(account.email, 'not-the-password-at-all');
    await signIn.error.waitFor();
    await expect(signIn.error.textContent()).resolves.toContain(
      'The e-mail or password is not right.',
    );
    await expect(signIn.password.inputValue()).resolves.toBe('');

    await signIn.signIn(account.email, account.password);
    await inbox.rows.first().waitFor();
    expect(pathOf(page)).toBe('/inbox?status=all');
    const accountMenu = page.getByRole('button', {
      name: `${account.displayName}, Admin: account menu`,
    });
    await expect(accountMenu.isVisible()).resolves.toBe(true);
    await expect(accountMenu.getByText(account.displayName).isVisible()).resolves.toBe(true);

    await accountMenu.click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await signIn.email.waitFor();
    expect(pathOf(page)).toBe('/sign-in');

    // The session is gone on the server too: the inbox asks to sign in again.
    await page.goto(`${baseUrl()}/inbox`);
    await signIn.email.waitFor();
    expect(pathOf(page)).toBe(`/sign-in?next=${encodeURIComponent('/inbox')}`);
  });
});
