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
import { type GraphInstagramComment } from './instagram.mapper';

export interface GraphMedia {
  id: string;
  timestamp?: string;
  comments_count?: number;
  media_product_type?: string;
  permalink?: string;
}

const COMMENT_FIELDS = 'id,text,timestamp,username,from,hidden';
const PAGE_SIZE = 50;

/**
 * The Graph API calls of the Instagram connector (CHANNELS.md §3.2–3.3). Accounts connected
 * through Instagram Login use `https://graph.instagram.com` as the base URL instead.
 */
export class InstagramClient {
  private readonly http: HttpClient;

  constructor(options: ConnectorOptions) {
    this.http = createHttpClient({
      platform: 'instagram',
      defaultBaseUrl: GRAPH_BASE_URL,
      connector: options,
      classifyError: classifyMetaError,
    });
  }

  async listMedia(
    account: ChannelAccount,
    request: { after?: string; signal?: AbortSignal },
  ): Promise<GraphList<GraphMedia>> {
    const response = await this.http.request<GraphList<GraphMedia> | undefined>({
      method: 'GET',
      path: graphPath(account.accountRef, 'media'),
      query: {
        fields: 'id,caption,media_product_type,timestamp,comments_count,permalink',
        limit: PAGE_SIZE,
        after: request.after,
      },
      auth: graphAuth(account),
      signal: request.signal,
    });
    return response.body ?? {};
  }

  async listComments(
    account: ChannelAccount,
    request: { mediaId: string; after?: string; signal?: AbortSignal },
  ): Promise<GraphList<GraphInstagramComment>> {
    const response = await this.http.request<GraphList<GraphInstagramComment> | undefined>({
      method: 'GET',
      path: graphPath(request.mediaId, 'comments'),
      query: {
        fields: `${COMMENT_FIELDS},like_count,parent_id,replies{${COMMENT_FIELDS}}`,
        limit: PAGE_SIZE,
        after: request.after,
      },
      auth: graphAuth(account),
      signal: request.signal,
    });
    return response.body ?? {};
  }

  async getComment(
    account: ChannelAccount,
    commentId: string,
  ): Promise<GraphInstagramComment | undefined> {
    const response = await this.http.request<GraphInstagramComment | undefined>({
      method: 'GET',
      path: graphPath(commentId),
      query: { fields: `${COMMENT_FIELDS},parent_id,media{id}` },
      auth: graphAuth(account),
    });
    return response.body;
  }

  // The docs show `message` and `hide` as query parameters; the Graph API takes the same
  // parameters as a form body, which keeps reply text out of URLs and access logs.
  async postReply(account: ChannelAccount, commentId: string, message: string): Promise<string> {
    const response = await this.http.request<{ id?: unknown } | undefined>({
      method: 'POST',
      path: graphPath(commentId, 'replies'),
      form: { message },
      auth: graphAuth(account),
    });
    return requireCreatedId(response.body, 'instagram');
  }

  async setHidden(account: ChannelAccount, commentId: string, hidden: boolean): Promise<void> {
    const response = await this.http.request<{ success?: boolean } | undefined>({
      method: 'POST',
      path: graphPath(commentId),
      form: { hide: String(hidden) },
      auth: graphAuth(account),
    });
    assertGraphSuccess(response.body, 'instagram', 'hide');
  }

  async deleteComment(account: ChannelAccount, commentId: string): Promise<void> {
    const response = await this.http.request<{ success?: boolean } | undefined>({
      method: 'DELETE',
      path: graphPath(commentId),
      auth: graphAuth(account),
    });
    assertGraphSuccess(response.body, 'instagram', 'delete');
  }
}
