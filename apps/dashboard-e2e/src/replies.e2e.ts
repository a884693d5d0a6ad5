import type { Browser, BrowserContext, Page } from 'playwright-core';

import {
  createTeammate,
  type E2eAccount,
  graphqlRequest,
  ingestAndFind,
  signInSession,
} from './support/bedside-server';
import { launchChromium } from './support/browser';
import { baseUrl } from './support/inbox-page';
import { e2eAccount, signInThroughApi } from './support/session';

const SETTINGS = {
  hospitalName: 'Northbrook Medical Center',
  patientRelationsPhone: '(555) 016-4400',
  patientRelationsEmail: 'care@northbrook.test',
  patientRelationsUrl: 'https://northbrook.test/feedback',
  nurseLine: '(555) 016-8800',
  mainPhone: '(555) 016-1000',
  approvalPolicy: 'ALL',
};

/**
 * The whole reply workflow in two browsers: a drafted reply is edited into a violation (it is
 * underlined and Submit is disabled), fixed, submitted; a reviewer approves it from the approvals
 * queue; the author sends it and the comment becomes Replied.
 */
describe('answering a comment with a checked, approved reply', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser.close();
  });

  async function pageFor(account: E2eAccount, path: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      // "Copy reply" writes to the clipboard, as it would for a person pasting it on the platform.
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    contexts.push(context);
    await signInThroughApi(context, account);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${baseUrl()}${path}`);
    return page;
  }

  it('drafts, flags a violation as it is typed, submits, approves and sends', async () => {
    const author = e2eAccount();
    const session = await signInSession(baseUrl(), author);
    await graphqlRequest(
      baseUrl(),
      'mutation($input: UpdateOrganisationSettingsInput!) { updateOrganisationSettings(input: $input) { hospitalName } }',
      { input: SETTINGS },
      session,
    );
    const reviewer = await createTeammate(baseUrl(), session, 'REVIEWER', 'Rhea Okafor');
    const marker = `Reply workflow ${Date.now()}`;
    const commentId = await ingestAndFind(baseUrl(), session, {
      marker,
      text: `${marker}: waited five hours in the ER with my mom and nobody told us anything. Terrible.`,
    });

    const page = await pageFor(author, `/inbox/${commentId}?status=all`);
    const reply = page.getByRole('region', { name: 'Reply' });
    const editor = reply.getByRole('textbox', { name: 'Public reply' });
    await reply.getByText('Passes the compliance check.').waitFor();
    const drafted = await editor.inputValue();
    expect(drafted).toMatch(/\(555\) 016-4400|care@northbrook\.test|northbrook\.test\/feedback/);
    expect(drafted).not.toContain(marker);

    // An edit that implies the mother was a patient is underlined and blocks submitting.
    await editor.click();
    await editor.press('End');
    await editor.pressSequentially(' We hope your mom enjoyed her stay with us.');
    const marked = reply.getByTestId('reply-marks').locator('mark[data-severity="block"]');
    await marked.first().waitFor();
    await reply
      .getByRole('list', { name: 'Compliance findings' })
      .getByText('Implies a patient relationship')
      .waitFor();
    const submit = reply.getByRole('button', { name: 'Submit for approval' });
    await expect(submit.isDisabled()).resolves.toBe(true);

    // Back to the drafted text: it passes again, and goes to a reviewer.
    await editor.fill(drafted);
    await reply.getByText('Passes the compliance check.').waitFor();
    await expect(marked.count()).resolves.toBe(0);
    await submit.click();
    await reply.getByTestId('reply-status').getByText('Awaiting approval').waitFor();

    // The reviewer approves it from the queue.
    const review = await pageFor(reviewer, '/approvals');
    const card = review.getByRole('article', { name: `Reply by ${author.displayName}` }).filter({
      hasText: marker,
    });
    await card.getByTestId('approval-reply-body').waitFor();
    await expect(card.getByTestId('approval-reply-body').textContent()).resolves.toBe(drafted);
    await card.getByRole('button', { name: 'Approve' }).click();
    await card.waitFor({ state: 'detached' });

    // The author sends it: copied for the platform, recorded as sent, the comment is Replied.
    await page.reload();
    await reply.getByTestId('reply-status').getByText('Approved').waitFor();
    await reply.getByRole('button', { name: 'Copy reply & mark as replied' }).click();
    await reply.getByTestId('reply-status').getByText('Sent').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(drafted);
    await page
      .getByRole('region', { name: 'Comment' })
      .getByText('Replied', { exact: true })
      .first()
      .waitFor();
  }, 90_000);
});
