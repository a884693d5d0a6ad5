import type { ApolloClient } from '@apollo/client';
import type { createBrowserRouter } from 'react-router';

import { SIGN_IN_PATH, signInPathFor } from '../features/session/utils/sign-in-path';

type AppRouter = ReturnType<typeof createBrowserRouter>;

/**
 * What the Apollo error link does on UNAUTHENTICATED: go to the sign-in page, which brings the
 * person back here (path, filters and open comment) once they have signed in. Several queries
 * fail together when a session ends; only the first one moves. The cache is emptied once the
 * page has left, so Back on a shared computer shows no comment without a new sign-in.
 */
export function redirectToSignIn(router: AppRouter, client: ApolloClient): void {
  const { pathname, search, hash } = router.state.location;
  if (pathname === SIGN_IN_PATH) {
    return;
  }
  void router
    .navigate(signInPathFor(`${pathname}${search}${hash}`), { replace: true })
    .then(() => client.clearStore());
}
