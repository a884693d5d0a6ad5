import { type Role } from '@bedside/domain';
import { UsersService } from '@bedside/server';

import { type TestApp } from './test-app';

export interface SignedInUser {
  id: string;
  displayName: string;
  /** `bedside_session=…`, ready for a Cookie header. */
  cookie: string;
}

/** Creates a team member and signs them in through the real sign-in mutation. */
export async function signInAs(
  test: TestApp,
  user: { email: string; displayName: string; role: Role },
): Promise<SignedInUser> {
  const password = 'correct horse battery staple';
  const created = await test.app.get(UsersService).create({ ...user, password });
  const response = await fetch(`${test.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: { input: { email: user.email, password } },
    }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie.startsWith('bedside_session=')) {
    throw new Error(`Sign-in of ${user.email} failed (${response.status})`);
  }
  return { id: created.id, displayName: user.displayName, cookie };
}
