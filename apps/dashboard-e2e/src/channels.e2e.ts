import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchChromium } from './support/browser';
import { baseUrl } from './support/inbox-page';
import { signInThroughApi } from './support/session';

const PAGE_ID = '104829301234567';
const POST_ID = `${PAGE_ID}_998877665544332`;
const MARKER = `channel-e2e-${Date.now()}`;

/**
 * A stand-in for the Facebook Graph API on loopback: one published post with one comment, in
 * the wire format of CHANNELS.md §2.2, so the connector's real HTTP calls are exercised.
 */
async function startGraphApi(): Promise<{ url: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${request.method} ${url.pathname}`);
    const parts = url.pathname.split('/').filter(Boolean).slice(1);
    const recent = new Date(Date.now() - 60_000).toISOString().replace('Z', '+0000');
    let body: unknown = { data: [], paging: {} };
    if (parts[0] === PAGE_ID && parts[1] === 'published_posts') {
      body = { data: [{ id: POST_ID, created_time: recent, updated_time: recent }], paging: {} };
    } else if (parts[0] === POST_ID && parts[1] === 'comments') {
      body = {
        data: [
          {
            id: `998877665544332_${Date.now()}`,
            message: `The parking garage was full again (${MARKER})`,
            from: { id: '7712345678901234', name: 'Jordan Lee' },
            created_time: recent,
          },
        ],
        paging: {},
      };
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v21.0`, server, requests };
}

describe('connecting a channel', () => {
  let browser: Browser;
  let context: BrowserContext;
  let graph: Awaited<ReturnType<typeof startGraphApi>>;

  beforeAll(async () => {
    browser = await launchChromium();
    graph = await startGraphApi();
  });

  afterAll(async () => {
    await context?.close();
    await browser.close();
    graph.server.closeAllConnections();
    await new Promise((resolve) => graph.server.close(resolve));
  });

  it('connects a Facebook page, polls it and shows its comments in the inbox', async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await signInThroughApi(context);
    const page: Page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${baseUrl()}/channels`);
    await page.getByRole('heading', { name: 'Channels' }).first().waitFor();

    await page.getByRole('button', { name: 'Connect a channel' }).first().click();
    const form = page.getByRole('form', { name: 'Connect a channel' });
    await form.getByLabel('Platform').click();
    await page.getByRole('option', { name: 'Facebook' }).click();
    await form.getByLabel('Display name').fill('Riverbend on Facebook');
    await form.getByLabel('Page id').fill(PAGE_ID);
    await form.getByLabel('Page access token').fill('EAAB-e2e-token');
    await form.getByRole('button', { name: 'Advanced settings' }).click();
    await form.getByLabel('API base URL').fill(graph.url);
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await form.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Poll now: Riverbend on Facebook' }).click();
    await page.getByText('Healthy', { exact: true }).first().waitFor();
    expect(graph.requests.some((request) => request.endsWith(`/${PAGE_ID}/published_posts`))).toBe(
      true,
    );

    await page.goto(`${baseUrl()}/inbox?status=all`);
    await page.getByText(MARKER).first().waitFor();
  }, 60_000);
});
