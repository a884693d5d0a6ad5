import type { Browser, BrowserContext } from 'playwright-core';

import {
  findCommentId,
  graphqlRequest,
  ingestComment,
  signInSession,
} from './support/bedside-server';
import { launchChromium } from './support/browser';
import { baseUrl, InboxScreen } from './support/inbox-page';
import { e2eAccount, signInThroughApi } from './support/session';

/**
 * Two teammates with the inbox open: a comment arriving through the API and a status change made
 * elsewhere show up in both open inboxes without a reload (GraphQL subscriptions over graphql-ws).
 */
describe('live updates in every open inbox', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser.close();
  });

  async function openInbox(): Promise<InboxScreen> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    contexts.push(context);
    await signInThroughApi(context);
    const inbox = new InboxScreen(await context.newPage());
    await inbox.open('/inbox?order=newest');
    return inbox;
  }

  it('shows a new comment and a teammate’s status change without reloading', async () => {
    const [first, second] = [await openInbox(), await openInbox()];
    const totalBefore = await second.total();
    // Give both sockets a moment to subscribe.
    await first.page.waitForTimeout(500);

    const url = baseUrl();
    const session = await signInSession(url, e2eAccount());
    const marker = `Live update check ${Date.now()}`;
    await ingestComment(url, session, {
      marker,
      channel: 'INSTAGRAM',
      authorName: 'Live Tester',
      text: `${marker}: the new parking garage signs are great.`,
    });

    for (const inbox of [first, second]) {
      await inbox.list.getByText(marker).waitFor({ timeout: 10_000 });
    }
    await second.eventually(
      () => second.total(),
      (total) => total === totalBefore + 1,
    );

    const id = await findCommentId(url, session, marker);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await graphqlRequest(
      url,
      'mutation($input: UpdateCommentStatusInput!) { updateCommentStatus(input: $input) { id } }',
      { input: { id, status: 'CLOSED' } },
      session,
    );
    for (const inbox of [first, second]) {
      const row = inbox.list.locator(`[data-comment-id="${id}"]`);
      await row.getByText('Closed', { exact: true }).waitFor({ timeout: 10_000 });
    }
  });
});
