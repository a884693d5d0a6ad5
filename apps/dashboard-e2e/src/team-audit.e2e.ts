import { readFileSync } from 'node:fs';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchChromium } from './support/browser';
import { baseUrl } from './support/inbox-page';
import { signInThroughApi } from './support/session';

/** A name no other spec uses, so the audit filter finds this run's member only. */
const MEMBER = { name: 'Noor Haddad', email: `noor.haddad+${Date.now()}@northbrook.test` };

async function addMember(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/team`);
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add member' });
  await dialog.getByLabel('E-mail').fill(MEMBER.email);
  await dialog.getByLabel('Name', { exact: true }).fill(MEMBER.name);
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Reviewer' }).click();
  await dialog.getByRole('button', { name: 'Generate' }).click();
  await dialog.getByRole('button', { name: 'Add member' }).click();
  const added = page.getByRole('dialog', { name: 'Member added' });
  await added.getByTestId('shown-secret').waitFor();
  await added.getByRole('button', { name: 'Done' }).click();
}

/** An admin adds a teammate, finds it in the audit trail, and downloads the trail as CSV. */
describe('team and audit pages in a browser', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await signInThroughApi(context);
  });

  afterEach(async () => {
    await context.close();
  });

  it('adds a member, shows `user.created` in the audit trail, and exports it as CSV', async () => {
    const page = await context.newPage();
    await addMember(page);
    const members = page.getByRole('table', { name: 'Team members' });
    const row = members.getByRole('row').filter({ hasText: MEMBER.name });
    await row.waitFor();
    await expect(
      row.getByRole('combobox', { name: `Role of ${MEMBER.name}` }).inputValue(),
    ).resolves.toBe('Reviewer');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Audit' })
      .click();
    await page.waitForURL('**/audit');
    await page.getByText(/^Chain intact · [\d,]+ events checked$/).waitFor();
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'user.created', exact: true }).click();
    await page.waitForURL('**/audit?action=user.created');
    const events = page.getByRole('table', { name: 'Audit events' });
    const created = events.getByRole('row').filter({ hasText: 'user.created' }).first();
    await created.waitFor();
    await expect(created.textContent()).resolves.toContain('role:reviewer');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bedside-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const [header, ...rows] = csv.trim().split('\n');
    expect(header).toBe(
      'seq,time,actor_kind,actor_id,actor_name,action,target_type,target_id,details,hash',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((line) => line.includes(',user.created,user,'))).toBe(true);
    expect(rows.some((line) => line.includes('"{""role"":""reviewer""}"'))).toBe(true);

    // The export is in the trail too, with the filter it was made with.
    await page.goto(`${baseUrl()}/audit?action=audit.exported`);
    const exported = events.getByRole('row').filter({ hasText: 'audit.exported' }).first();
    await exported.waitFor();
    await expect(exported.textContent()).resolves.toContain('filter:{"actions":["user.created"]}');
  });
});
