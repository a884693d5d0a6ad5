import type { BrowserContext, Locator, Page } from 'playwright-core';

import type { E2eAccount } from './bedside-server';
import { SIGN_IN_MUTATION } from './bedside-server';
import { baseUrl } from './inbox-page';

/** The admin the global setup created with the CLI. */
export function e2eAccount(): E2eAccount {
  const email = process.env['BEDSIDE_E2E_EMAIL'];
  const password = process.env['BEDSIDE_E2E_PASSWORD'];
  const displayName = process.env['BEDSIDE_E2E_NAME'];
  if (!email || !password || !displayName) {
    throw new Error(
      'BEDSIDE_E2E_EMAIL/PASSWORD/NAME are not set: run the browser specs with `npx nx e2e dashboard-e2e`.',
    );
  }
  return { email, password, displayName };
}

/**
 * Signs the browser context in by POSTing `signIn` from it: the context's request API shares the
 * browser's cookie jar, so the httpOnly session cookie is set as if the page had signed in.
 */
export async function signInThroughApi(
  context: BrowserContext,
  account: E2eAccount = e2eAccount(),
): Promise<void> {
  const response = await context.request.post(`${baseUrl()}/graphql`, {
    data: {
      query: SIGN_IN_MUTATION,
      variables: { input: { email: account.email, password: account.password } },
    },
  });
  const body = (await response.json()) as { errors?: unknown };
  if (!response.ok() || body.errors) {
    throw new Error(`signIn failed (${response.status()}): ${JSON.stringify(body.errors)}`);
  }
}

/** The sign-in page, by role and label as a person sees it. */
export class SignInScreen {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel('E-mail');
    this.password = page.getByLabel('Password', { exact: true });
    this.submit = page.getByRole('button', { name: 'Sign in' });
    this.error = page.getByRole('alert');
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.password.press('Enter');
  }
}
