import type { Browser, BrowserContext } from 'playwright-core';

import { graphqlRequest, signInSession } from './support/bedside-server';
import { launchChromium } from './support/browser';
import { baseUrl, InboxScreen } from './support/inbox-page';
import { e2eAccount, signInThroughApi } from './support/session';

const INGEST = /* GraphQL */ `
  mutation Ingest($comments: [CommentInput!]!) {
    ingestComments(comments: $comments) {
      accepted
    }
  }
`;

const FIND = /* GraphQL */ `
  query Find($filter: CommentFilter) {
    comments(filter: $filter, first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

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
    await graphqlRequest(
      url,
      INGEST,
      {
        comments: [
          {
            channel: 'INSTAGRAM',
            externalId: `live-${Date.now()}`,
            authorName: 'Live Tester',
            text: `${marker}: the new parking garage signs are great.`,
            createdAt: new Date().toISOString(),
          },
        ],
      },
      session,
    );

    for (const inbox of [first, second]) {
      await inbox.list.getByText(marker).waitFor({ timeout: 10_000 });
    }
    await second.eventually(
      () => second.total(),
      (total) => total === totalBefore + 1,
    );

    const found = await graphqlRequest<{ comments: { edges: { node: { id: string } }[] } }>(
      url,
      FIND,
      { filter: { search: marker } },
      session,
    );
    const id = found.comments.edges[0]?.node.id;
    expect(id).toBeDefined();
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
