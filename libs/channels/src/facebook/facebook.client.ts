import { type ChannelAccount } from '../connector.types';
import { type ConnectorOptions, createHttpClient } from '../connector-options';
import { type HttpClient } from '../http/http-client';
import { classifyMetaError } from '../meta/meta-errors';
import {
  assertGraphSuccess,
  GRAPH_BASE_URL,
  graphAuth,
  type GraphList,
  graphPath,
  requireCreatedId,
} from '../meta/meta-graph';
import { type GraphComment } from './facebook.mapper';

export interface GraphPost {
  id: string;
  created_time?: string;
  updated_time?: string;
  permalink_url?: string;
}

const COMMENT_FIELDS = 'id,message,from,created_time,parent{id},is_hidden,permalink_url,attachment';
const PAGE_SIZE = 100;

/** The Graph API calls of the Facebook Pages connector (CHANNELS.md §2.2–2.3). */
export class FacebookClient {
  private readonly http: HttpClient;

  constructor(options: ConnectorOptions) {
    this.http = createHttpClient({
      platform: 'facebook',
      defaultBaseUrl: GRAPH_BASE_URL,
      connector: options,
      classifyError: classifyMetaError,
    });
  }

  async listPublishedPosts(
    account: ChannelAccount,
    request: { sinceUnix: number; after?: string; signal?: AbortSignal },
  ): Promise<GraphList<GraphPost>> {
    const response = await this.http.request<GraphList<GraphPost> | undefined>({
      method: 'GET',
      path: graphPath(account.accountRef, 'published_posts'),
      query: {
        fields: 'id,created_time,updated_time,permalink_url',
        since: request.sinceUnix,
        limit: PAGE_SIZE,
        after: request.after,
      },
      auth: graphAuth(account),
      signal: request.signal,
    });
    return response.body ?? {};
  }

  /** Newest first, replies included as a flat stream. */
  async listComments(
    account: ChannelAccount,
    request: { postId: string; after?: string; signal?: AbortSignal },
  ): Promise<GraphList<GraphComment>> {
    const response = await this.http.request<GraphList<GraphComment> | undefined>({
      method: 'GET',
      path: graphPath(request.postId, 'comments'),
      query: {
        filter: 'stream',
        order: 'reverse_chronological',
        fields: COMMENT_FIELDS,
        limit: PAGE_SIZE,
        after: request.after,
      },
      auth: graphAuth(account),
      signal: request.signal,
    });
    return response.body ?? {};
  }

  async getComment(account: ChannelAccount, commentId: string): Promise<GraphComment | undefined> {
    const response = await this.http.request<GraphComment | undefined>({
      method: 'GET',
      path: graphPath(commentId),
      query: { fields: 'id,message,from,created_time,is_hidden,parent{id},permalink_url' },
      auth: graphAuth(account),
    });
    return response.body;
  }

  async postComment(account: ChannelAccount, commentId: string, message: string): Promise<string> {
    const response = await this.http.request<{ id?: unknown } | undefined>({
      method: 'POST',
      path: graphPath(commentId, 'comments'),
      form: { message },
      auth: graphAuth(account),
    });
    return requireCreatedId(response.body, 'facebook');
  }

  async setHidden(account: ChannelAccount, commentId: string, hidden: boolean): Promise<void> {
    const response = await this.http.request<{ success?: boolean } | undefined>({
      method: 'POST',
      path: graphPath(commentId),
      form: { is_hidden: String(hidden) },
      auth: graphAuth(account),
    });
    assertGraphSuccess(response.body, 'facebook', 'hide');
  }

  async deleteComment(account: ChannelAccount, commentId: string): Promise<void> {
    const response = await this.http.request<{ success?: boolean } | undefined>({
      method: 'DELETE',
      path: graphPath(commentId),
      auth: graphAuth(account),
    });
    assertGraphSuccess(response.body, 'facebook', 'delete');
  }
}
