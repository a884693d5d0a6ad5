import type { Browser, BrowserContext, Page } from 'playwright-core';

import {
  createTeammate,
  type E2eAccount,
  ingestAndFind,
  signInSession,
} from './support/bedside-server';
import { launchChromium } from './support/browser';
import { baseUrl } from './support/inbox-page';
import { e2eAccount, signInThroughApi } from './support/session';

/** A fresh comment for this spec alone, so no other spec's changes get in the way. */
function ingestOwnComment(session: string): Promise<string> {
  const marker = `Collaboration check ${Date.now()}`;
  return ingestAndFind(baseUrl(), session, {
    marker,
    text: `${marker}: who can tell me when the cafeteria opens on Sundays?`,
  });
}

/**
 * Two people on the same comment in two browsers: B sees A arrive, A @mentions B in a note and
 * B's bell lights up without a reload, and when A takes the comment B sees who has it (and is
 * warned before marking it replied). Everything reaches B over GraphQL subscriptions.
 */
describe('working together on a comment', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser.close();
  });

  async function openComment(account: E2eAccount, commentId: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    contexts.push(context);
    await signInThroughApi(context, account);
    const page = await context.newPage();
    // Every step below waits for something pushed live; none needs longer than this.
    page.setDefaultTimeout(10_000);
    await page.goto(`${baseUrl()}/inbox/${commentId}?status=all`);
    await page.getByRole('article', { name: /^Comment by/ }).waitFor();
    return page;
  }

  // Two browsers and a dozen live round trips: more than Jest's default for one browser test.
  it('shows presence, mentions and assignment live to a teammate', async () => {
    const admin = e2eAccount();
    const session = await signInSession(baseUrl(), admin);
    const agent = await createTeammate(baseUrl(), session, 'AGENT', 'Rosa Mendes');
    const commentId = await ingestOwnComment(session);

    const pageB = await openComment(agent, commentId);
    const presenceB = pageB.getByRole('status', { name: 'Teammates on this comment' });
    const pageA = await openComment(admin, commentId);

    await presenceB.getByText(`${admin.displayName} is viewing`).waitFor({ timeout: 10_000 });
    await pageA
      .getByRole('status', { name: 'Teammates on this comment' })
      .getByText(`${agent.displayName} is viewing`)
      .waitFor({ timeout: 10_000 });
    await expect(presenceB.getByText(`${agent.displayName} is viewing`).count()).resolves.toBe(0);

    // A mentions B: typing "@Ros" offers B, Enter puts the full name in, Ctrl+Enter adds it.
    const noteBox = pageA.getByRole('textbox', { name: 'Add a note' });
    await noteBox.click();
    await noteBox.pressSequentially('@Ros');
    await pageA.getByRole('option', { name: new RegExp(agent.displayName) }).waitFor();
    await noteBox.press('Enter');
    await noteBox.pressSequentially('can you call the family back?');
    await noteBox.press('Control+Enter');
    const noteA = pageA.getByRole('listitem', { name: `Note by ${admin.displayName}` });
    await noteA.waitFor();
    await expect(noteA.locator('[data-mention]').textContent()).resolves.toBe(
      `@${agent.displayName}`,
    );

    const bellB = pageB.getByRole('button', { name: 'Notifications, 1 unread' });
    await bellB.waitFor({ timeout: 10_000 });
    await pageB
      .getByRole('listitem', { name: `Note by ${admin.displayName}` })
      .waitFor({ timeout: 10_000 });

    // A takes the comment with the picker (`a` opens it); B sees who has it.
    await pageA.getByRole('article', { name: /^Comment by/ }).click();
    await pageA.keyboard.press('a');
    await pageA.getByRole('option', { name: new RegExp(admin.displayName) }).click();
    const assignmentB = pageB.getByRole('group', { name: 'Assignment' });
    await assignmentB.getByText(`Assigned to ${admin.displayName}`).waitFor();
    await pageB
      .getByRole('listbox', { name: 'Comments' })
      .locator(`[data-comment-id="${commentId}"]`)
      .getByText(`Assigned to ${admin.displayName}`)
      .waitFor({ state: 'attached' });
    await bellB.waitFor();

    // B is warned before marking a comment someone else has as replied.
    await pageB.getByRole('button', { name: 'Mark replied' }).click();
    const warning = pageB.getByRole('dialog', { name: 'Someone else is on this comment' });
    await warning.getByText(`This comment is assigned to ${admin.displayName}`).waitFor();
    await warning.getByRole('button', { name: 'Cancel' }).click();

    // B's notification opens the comment and is then read.
    await bellB.click();
    await pageB.getByRole('button', { name: `Unread: ${admin.displayName} mentioned you` }).click();
    await pageB.getByRole('button', { name: 'Notifications, none unread' }).waitFor();
    expect(new URL(pageB.url()).pathname).toBe(`/inbox/${commentId}`);

    // When A closes the comment, B no longer sees them on it.
    await pageA.getByRole('button', { name: 'Close comment' }).click();
    await presenceB
      .getByText(`${admin.displayName} is viewing`)
      .waitFor({ state: 'detached', timeout: 10_000 });
  }, 90_000);
});
