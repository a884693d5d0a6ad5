export const SIGN_IN_PATH = '/sign-in';

/** Where to go after signing in when no (usable) `next` was given. */
export const DEFAULT_NEXT = '/';

/**
 * The `next` of a sign-in URL, if it is safe to follow: a path on this site only (never
 * `https://…` or `//host/…`, which would make the sign-in page an open redirect), and never the
 * sign-in page itself.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return DEFAULT_NEXT;
  }
  const pathname = next.split(/[?#]/, 1)[0];
  return pathname === SIGN_IN_PATH ? DEFAULT_NEXT : next;
}

/** `/sign-in?next=…` that brings the person back to `path` (pathname, query and hash). */
export function signInPathFor(path: string): string {
  const next = safeNextPath(path);
  return next === DEFAULT_NEXT ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}
