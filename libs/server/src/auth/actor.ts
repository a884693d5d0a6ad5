import { type Role } from '@bedside/domain';

/** Who is making a request: a signed-in person or an integration's API token. */
export interface Actor {
  kind: 'user' | 'token';
  /** The user's id, or the token's id. */
  id: string;
  /** The user behind the request (null for an API token). */
  userId: string | null;
  role: Role;
  displayName: string;
  /** The session that authenticated a browser request (null for an API token). */
  sessionId: string | null;
}
