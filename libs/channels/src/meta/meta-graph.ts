import { ChannelError } from '../channel-error';
import { type ChannelAccount } from '../connector.types';
import { type HttpAuth } from '../http/http-client';
import { requireCredential } from '../shared/account-settings';

/** Graph list responses: `{ data, paging: { cursors: { after }, next } }`. */
export interface GraphList<T> {
  data?: T[];
  paging?: { cursors?: { before?: string; after?: string }; next?: string };
}

/** The `after` cursor of a list page, or undefined on its last page (no `paging.next`). */
export function nextAfter(list: GraphList<unknown>): string | undefined {
  return list.paging?.next ? list.paging.cursors?.after : undefined;
}

// Pinned because Meta retires Graph versions on a schedule; bump it deliberately.
export const GRAPH_API_VERSION = 'v23.0';
export const GRAPH_BASE_URL = `https://graph.facebook.com/${GRAPH_API_VERSION}`;

/**
 * Page (or IG-via-Page) access token sent as a Bearer header: the Graph API accepts it there,
 * which keeps it out of URLs and so out of proxy logs and error messages.
 */
export function graphAuth(account: ChannelAccount): HttpAuth {
  return { scheme: 'bearer', token: requireCredential(account, 'accessToken') };
}

export function graphPath(...segments: string[]): string {
  return `/${segments.map(encodeURIComponent).join('/')}`;
}

/** Graph mutations answer `{"success":true}`; anything else means the change did not happen. */
export function assertGraphSuccess(
  body: { success?: boolean } | undefined,
  platform: string,
  action: string,
): void {
  if (body?.success !== true) {
    throw new ChannelError('transient', `${platform}: ${action} was not confirmed`);
  }
}

/** The id of a created object (`{"id":"…"}`), or a transient error when it is missing. */
export function requireCreatedId(body: { id?: unknown } | undefined, platform: string): string {
  if (typeof body?.id !== 'string' || body.id === '') {
    throw new ChannelError('transient', `${platform}: create response carried no id`);
  }
  return body.id;
}
