import type { Browser, BrowserContext } from 'playwright-core';

import { launchChromium } from './browser';
import { InboxScreen } from './inbox-page';
import { signInThroughApi } from './session';

/**
 * Jest hooks for specs that work in the inbox as the global setup's admin: one Chromium per spec
 * file, a fresh signed-in context per test. Call inside `describe`; read `.inbox` inside tests.
 */
export function useSignedInInbox(): { readonly inbox: InboxScreen } {
  let browser: Browser;
  let context: BrowserContext;
  let inbox: InboxScreen | undefined;

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

  return {
    get inbox(): InboxScreen {
      if (!inbox) {
        throw new Error('useSignedInInbox: the inbox exists only inside a test');
      }
      return inbox;
    },
  };
}
