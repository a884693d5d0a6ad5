import { ChannelError } from '../channel-error';
import { type ChannelAccount } from '../connector.types';
import { type ConnectorOptions, createHttpClient } from '../connector-options';
import { type HttpAuth, type HttpClient, type HttpResponse } from '../http/http-client';
import { requireCredential } from '../shared/account-settings';
import { classifyXError } from './x.errors';
import { type XPost, type XUser } from './x.mapper';

export const X_BASE_URL = 'https://api.x.com/2';

export interface XListResponse {
  data?: XPost[];
  includes?: { users?: XUser[]; tweets?: XPost[] };
  meta?: { newest_id?: string; oldest_id?: string; result_count?: number; next_token?: string };
  /** Partial errors of a 200 response: deleted or protected posts in a lookup. */
  errors?: Array<{ resource_id?: string; type?: string; title?: string; detail?: string }>;
}

const TWEET_FIELDS =
  'created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,edit_history_tweet_ids,lang';
const OWN_POST_FIELDS =
  'author_id,conversation_id,in_reply_to_user_id,referenced_tweets,created_at';
const EXPANSIONS = 'author_id,referenced_tweets.id';
const PAGE_SIZE = 100;

/** The X API v2 calls of the X connector (CHANNELS.md §4.2–4.3), with a user-context token. */
export class XClient {
  private readonly http: HttpClient;

  constructor(options: ConnectorOptions) {
    this.http = createHttpClient({
      platform: 'x',
      defaultBaseUrl: X_BASE_URL,
      connector: options,
      classifyError: classifyXError,
    });
  }

  listMentions(
    account: ChannelAccount,
    request: {
      sinceId?: string;
      startTime?: string;
      paginationToken?: string;
      signal?: AbortSignal;
    },
  ): Promise<HttpResponse<XListResponse | undefined>> {
    return this.http.request<XListResponse | undefined>({
      method: 'GET',
      path: `/users/${encodeURIComponent(account.accountRef)}/mentions`,
      query: {
        since_id: request.sinceId,
        start_time: request.startTime,
        pagination_token: request.paginationToken,
        max_results: PAGE_SIZE,
        'tweet.fields': TWEET_FIELDS,
        expansions: EXPANSIONS,
        'user.fields': 'username,name',
      },
      auth: xAuth(account),
      signal: request.signal,
    });
  }

  /**
   * The connected user's own posts since `startTime`, newest first (`GET /2/users/:id/tweets`).
   * CHANNELS.md documents only mentions; this timeline takes the same paging and fields.
   * `author_id` is asked for so our posts map as the account's own.
   */
  async listOwnPosts(
    account: ChannelAccount,
    request: { startTime: string; paginationToken?: string },
  ): Promise<XListResponse> {
    const response = await this.http.request<XListResponse | undefined>({
      method: 'GET',
      path: `/users/${encodeURIComponent(account.accountRef)}/tweets`,
      query: {
        start_time: request.startTime,
        pagination_token: request.paginationToken,
        max_results: PAGE_SIZE,
        'tweet.fields': OWN_POST_FIELDS,
      },
      auth: xAuth(account),
    });
    return response.body ?? {};
  }

  async lookupPosts(account: ChannelAccount, ids: string[]): Promise<XListResponse> {
    const response = await this.http.request<XListResponse | undefined>({
      method: 'GET',
      path: '/tweets',
      query: {
        ids: ids.join(','),
        'tweet.fields': TWEET_FIELDS,
        expansions: 'author_id',
        'user.fields': 'username,name',
      },
      auth: xAuth(account),
    });
    return response.body ?? {};
  }

  async createReply(account: ChannelAccount, text: string, inReplyToId: string): Promise<string> {
    const response = await this.http.request<{ data?: { id?: unknown } } | undefined>({
      method: 'POST',
      path: '/tweets',
      json: { text, reply: { in_reply_to_tweet_id: inReplyToId } },
      auth: xAuth(account),
    });
    const id = response.body?.data?.id;
    if (typeof id !== 'string') {
      throw new ChannelError('transient', 'x: create post response carried no id');
    }
    return id;
  }

  async setHidden(account: ChannelAccount, postId: string, hidden: boolean): Promise<void> {
    const response = await this.http.request<{ data?: { hidden?: boolean } } | undefined>({
      method: 'PUT',
      path: `/tweets/${encodeURIComponent(postId)}/hidden`,
      json: { hidden },
      auth: xAuth(account),
    });
    if (response.body?.data?.hidden !== hidden) {
      throw new ChannelError('transient', 'x: hide was not confirmed');
    }
  }

  async deletePost(account: ChannelAccount, postId: string): Promise<void> {
    const response = await this.http.request<{ data?: { deleted?: boolean } } | undefined>({
      method: 'DELETE',
      path: `/tweets/${encodeURIComponent(postId)}`,
      auth: xAuth(account),
    });
    if (response.body?.data?.deleted !== true) {
      throw new ChannelError('transient', 'x: delete was not confirmed');
    }
  }
}

// OAuth 2.0 user tokens live about two hours; the server refreshes them and passes the
// current one, and a 401 here means the refresh failed or the grant was revoked.
function xAuth(account: ChannelAccount): HttpAuth {
  return { scheme: 'bearer', token: requireCredential(account, 'accessToken') };
}
