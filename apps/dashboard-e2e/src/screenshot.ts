import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { Page } from 'playwright-core';

import {
  createAdmin,
  findWorkspaceRoot,
  graphqlRequest,
  loadSampleData,
  newAdminAccount,
  signInSession,
  startBedsideServer,
} from './support/bedside-server';
import { launchChromium } from './support/browser';

/**
 * `npx tsx apps/dashboard-e2e/src/screenshot.ts`: starts the built server on a fresh database,
 * creates an admin with the CLI, loads the sample data, signs in through the sign-in page and
 * saves the inbox, with a comment open, to `docs/inbox.png` for the README. Build first:
 * `npx nx run-many -t build -p api dashboard cli`.
 */

const VIEWPORT = { width: 1440, height: 900 };

interface CandidatesData {
  comments: {
    edges: Array<{
      node: { id: string; replyCount: number; post: { id: string } | null; text: string };
    }>;
  };
}

/**
 * Chromium on a bare server has no emoji font, and comments are full of emoji: lend the page Noto
 * Emoji (a dev dependency) so they are not drawn as empty boxes. The monochrome face, because
 * Debian's Chromium does not draw the colour (COLRv1) webfont.
 */
async function lendEmojiFont(page: Page, root: string): Promise<void> {
  const fontDir = join(root, 'node_modules/@fontsource/noto-emoji');
  if (!existsSync(fontDir)) {
    console.warn('@fontsource/noto-emoji is not installed: emoji may show as boxes.');
    return;
  }
  await page.route('**/__screenshot-fonts/**', (route) =>
    route.fulfill({
      path: join(fontDir, 'files', new URL(route.request().url()).pathname.split('/').pop() ?? ''),
      contentType: 'font/woff2',
    }),
  );
  const css = readFileSync(join(fontDir, 'index.css'), 'utf8').replaceAll(
    'url(./files/',
    'url(/__screenshot-fonts/',
  );
  await page.addStyleTag({ content: css });
}

/**
 * A comment near the top of the inbox that shows the pane off: on a post, answered in a thread,
 * with a little to read. Near the top, so the list needs no scrolling to show it selected.
 */
async function pickShowcaseComment(url: string, session: string): Promise<string> {
  const data = await graphqlRequest<CandidatesData>(
    url,
    `query { comments(first: 6, filter: { status: [NEW] }) {
      edges { node { id replyCount text post { id } } } } }`,
    {},
    session,
  );
  const nodes = data.comments.edges.map((edge) => edge.node);
  const score = (node: CandidatesData['comments']['edges'][number]['node']) =>
    (node.replyCount > 0 ? 4 : 0) + (node.post ? 2 : 0) + (node.text.length > 80 ? 1 : 0);
  const showcase = [...nodes].sort((a, b) => score(b) - score(a))[0];
  if (!showcase) {
    throw new Error('The sample data has no comments to show.');
  }
  return showcase.id;
}

async function main(): Promise<void> {
  const root = findWorkspaceRoot();
  const output = join(root, 'docs/inbox.png');
  const server = await startBedsideServer();
  const browser = await launchChromium();
  try {
    const account = newAdminAccount();
    await createAdmin(server, account);
    const session = await signInSession(server.url, account);
    await loadSampleData(server.url, session);
    const commentId = await pickShowcaseComment(server.url, session);
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    // Signed out, the comment's URL leads to the sign-in page, which leads back to it.
    await page.goto(`${server.url}/inbox/${commentId}`);
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`**/inbox/${commentId}`);
    await lendEmojiFont(page, root);
    await page.getByRole('option').first().waitFor();
    await page.getByRole('article', { name: /^Comment by/ }).waitFor();
    // Fonts load lazily, per glyph range: ask for every character on the page, then wait.
    await page.evaluate(async () => {
      const text = document.body.innerText;
      await Promise.all([
        document.fonts.load('16px "Noto Emoji"', text),
        document.fonts.load('16px "Inter Variable"', text),
      ]);
      await document.fonts.ready;
    });
    await page.mouse.move(0, VIEWPORT.height - 1);
    mkdirSync(dirname(output), { recursive: true });
    await page.screenshot({ path: output });
    console.log(`Saved ${output}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
