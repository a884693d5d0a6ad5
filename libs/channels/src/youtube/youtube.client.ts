import { ChannelError } from '../channel-error';
import { type ChannelAccount } from '../connector.types';
import { type ConnectorOptions, createHttpClient } from '../connector-options';
import { type HttpAuth, type HttpClient } from '../http/http-client';
import { requireCredential } from '../shared/account-settings';
import { classifyYouTubeError } from './youtube.errors';
import { type YouTubeComment, type YouTubeThread } from './youtube.mapper';

export const YOUTUBE_BASE_URL = 'https://www.googleapis.com/youtube/v3';

export interface YouTubeList<T> {
  items?: T[];
  nextPageToken?: string;
}

const PAGE_SIZE = 100;

/**
 * The YouTube Data API v3 calls (CHANNELS.md §5), authorised by the channel owner with the
 * `youtube.force-ssl` scope. Lists cost 1 quota unit a page, every write 50.
 */
export class YouTubeClient {
  private readonly http: HttpClient;

  constructor(options: ConnectorOptions) {
    this.http = createHttpClient({
      platform: 'youtube',
      defaultBaseUrl: YOUTUBE_BASE_URL,
      connector: options,
      classifyError: classifyYouTubeError,
    });
  }

  async listThreads(
    account: ChannelAccount,
    request: { moderationStatus: string; pageToken?: string; signal?: AbortSignal },
  ): Promise<YouTubeList<YouTubeThread>> {
    const response = await this.http.request<YouTubeList<YouTubeThread> | undefined>({
      method: 'GET',
      path: '/commentThreads',
      query: {
        part: 'snippet,replies',
        allThreadsRelatedToChannelId: account.accountRef,
        order: 'time',
        maxResults: PAGE_SIZE,
        textFormat: 'plainText',
        moderationStatus: request.moderationStatus,
        pageToken: request.pageToken,
      },
      auth: youTubeAuth(account),
      signal: request.signal,
    });
    return response.body ?? {};
  }

  async listReplies(
    account: ChannelAccount,
    request: { parentId: string; pageToken?: string; signal?: AbortSignal },
  ): Promise<YouTubeList<YouTubeComment>> {
    const response = await this.http.request<YouTubeList<YouTubeComment> | undefined>({
      method: 'GET',
      path: '/comments',
      query: {
        part: 'snippet',
        parentId: request.parentId,
        maxResults: PAGE_SIZE,
        textFormat: 'plainText',
        pageToken: request.pageToken,
      },
      auth: youTubeAuth(account),
      signal: request.signal,
    });
    return response.body ?? {};
  }

  async getComment(
    account: ChannelAccount,
    commentId: string,
  ): Promise<YouTubeComment | undefined> {
    const response = await this.http.request<YouTubeList<YouTubeComment> | undefined>({
      method: 'GET',
      path: '/comments',
      query: { part: 'snippet', id: commentId, textFormat: 'plainText' },
      auth: youTubeAuth(account),
    });
    return response.body?.items?.[0];
  }

  async insertReply(
    account: ChannelAccount,
    parentId: string,
    text: string,
  ): Promise<YouTubeComment> {
    const response = await this.http.request<YouTubeComment | undefined>({
      method: 'POST',
      path: '/comments',
      query: { part: 'snippet' },
      json: { snippet: { parentId, textOriginal: text } },
      auth: youTubeAuth(account),
    });
    if (typeof response.body?.id !== 'string') {
      throw new ChannelError('transient', 'youtube: comments.insert response carried no id');
    }
    return response.body;
  }

  async setModerationStatus(
    account: ChannelAccount,
    commentId: string,
    moderationStatus: 'published' | 'heldForReview' | 'rejected',
  ): Promise<void> {
    await this.http.request<undefined>({
      method: 'POST',
      path: '/comments/setModerationStatus',
      query: { id: commentId, moderationStatus },
      auth: youTubeAuth(account),
    });
  }

  async deleteComment(account: ChannelAccount, commentId: string): Promise<void> {
    await this.http.request<undefined>({
      method: 'DELETE',
      path: '/comments',
      query: { id: commentId },
      auth: youTubeAuth(account),
    });
  }
}

function youTubeAuth(account: ChannelAccount): HttpAuth {
  return { scheme: 'bearer', token: requireCredential(account, 'accessToken') };
}
