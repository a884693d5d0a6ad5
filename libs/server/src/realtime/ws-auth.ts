import { type IncomingMessage } from 'node:http';

import fastifyCookie from '@fastify/cookie';

import { type Actor } from '../auth/actor';
import { SESSION_COOKIE } from '../auth/auth.guard';

/**
 * What the auth guard reads from a GraphQL context, built from a WebSocket upgrade request:
 * the same headers and cookies as an HTTP request, so one guard serves both transports.
 */
export interface SocketRequest {
  headers: IncomingMessage['headers'];
  cookies: Record<string, string | undefined>;
  actor?: Actor | null;
}

/** Integrations without cookies send `{ authorization: "Bearer bst_…" }` as connection params. */
export function socketRequestOf(
  request: IncomingMessage,
  connectionParams: Readonly<Record<string, unknown>> | undefined,
): SocketRequest {
  const headers = { ...request.headers };
  const authorization = connectionParams?.['authorization'];
  if (typeof authorization === 'string' && !headers.authorization) {
    headers.authorization = authorization;
  }
  const cookieHeader = request.headers.cookie;
  return { headers, cookies: cookieHeader ? fastifyCookie.parse(cookieHeader) : {} };
}

/** The session cookie or bearer secret a socket authenticated with. */
export function credentialsOf(
  request: SocketRequest,
): { kind: 'bearer'; secret: string } | { kind: 'session'; secret: string } | null {
  const header = request.headers.authorization;
  if (typeof header === 'string' && /^bearer /i.test(header)) {
    return { kind: 'bearer', secret: header.slice(7).trim() };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? { kind: 'session', secret: cookie } : null;
}

/**
 * Browsers send cookies on a cross-site WebSocket handshake when SameSite allows; refusing any
 * Origin that is not this server closes that door (cross-site WebSocket hijacking) for good.
 * Clients that are not browsers send no Origin and authenticate with a token.
 */
export function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) {
    return true;
  }
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
