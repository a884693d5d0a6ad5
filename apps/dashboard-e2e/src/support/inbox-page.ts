import type { Locator, Page } from 'playwright-core';

/** The base URL of the server the global setup started. */
export function baseUrl(): string {
  const url = process.env['BEDSIDE_E2E_URL'];
  if (!url) {
    throw new Error(
      'BEDSIDE_E2E_URL is not set: run the browser specs with `npx nx e2e dashboard-e2e`.',
    );
  }
  return url;
}

/** What a spec needs to read and drive on the inbox screen, by role and label as a user sees it. */
export class InboxScreen {
  readonly list: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('listbox', { name: 'Comments' });
    this.rows = this.list.getByRole('option');
  }

  async open(path = '/inbox'): Promise<void> {
    await this.page.goto(`${baseUrl()}${path}`);
    await this.rows.first().waitFor();
  }

  /** The "356 comments" line above the list, as a number. */
  async total(): Promise<number> {
    const text = await this.page.getByText(/^[\d,]+ comments$/).textContent();
    return Number((text ?? '').replace(/[^\d]/g, ''));
  }

  async tabCount(tab: string): Promise<number> {
    return Number(await this.page.getByTestId(`tab-count-${tab}`).textContent());
  }

  /** The comment open in the detail pane. */
  openComment(): Locator {
    return this.page.getByRole('article', { name: /^Comment by / });
  }

  selectedRow(): Locator {
    return this.list.locator('[role="option"][aria-selected="true"]');
  }

  path(): string {
    const url = new URL(this.page.url());
    return `${url.pathname}${url.search}`;
  }

  /** Polls until `read` returns a value `accept` likes, or fails with the last value seen. */
  async eventually<Value>(
    read: () => Promise<Value>,
    accept: (value: Value) => boolean,
    timeoutMs = 10_000,
  ): Promise<Value> {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (!accept(value)) {
      if (Date.now() > deadline) {
        throw new Error(
          `Condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`,
        );
      }
      await this.page.waitForTimeout(50);
      value = await read();
    }
    return value;
  }
}
