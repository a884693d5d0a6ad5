import { ChannelError } from '../channel-error';
import { type ChannelAccount } from '../connector.types';
import { type ConnectorOptions, createHttpClient } from '../connector-options';
import { type HttpAuth, type HttpClient } from '../http/http-client';
import { requireCredential } from '../shared/account-settings';
import { classifyGoogleReviewError } from './google-review.errors';
import { type GoogleReview } from './google-review.mapper';

// Reviews are still served by the v4 API (CHANNELS.md §6).
export const GOOGLE_REVIEW_BASE_URL = 'https://mybusiness.googleapis.com/v4';

export interface GoogleReviewList {
  reviews?: GoogleReview[];
  nextPageToken?: string;
  averageRating?: number;
  totalReviewCount?: number;
}

// 50 is both the default and the maximum page size.
const PAGE_SIZE = 50;

/** The Business Profile review calls, for one location (`accounts/{a}/locations/{l}`). */
export class GoogleReviewClient {
  private readonly http: HttpClient;

  constructor(options: ConnectorOptions) {
    this.http = createHttpClient({
      platform: 'google_review',
      defaultBaseUrl: GOOGLE_REVIEW_BASE_URL,
      connector: options,
      classifyError: classifyGoogleReviewError,
    });
  }

  /** Most recently updated first: edits re-surface at the top. */
  async listReviews(
    account: ChannelAccount,
    request: { pageToken?: string; signal?: AbortSignal },
  ): Promise<GoogleReviewList> {
    const response = await this.http.request<GoogleReviewList | undefined>({
      method: 'GET',
      path: `${locationPath(account)}/reviews`,
      query: { pageSize: PAGE_SIZE, orderBy: 'updateTime desc', pageToken: request.pageToken },
      auth: googleAuth(account),
      signal: request.signal,
    });
    return response.body ?? {};
  }

  async getReview(account: ChannelAccount, reviewId: string): Promise<GoogleReview | undefined> {
    const response = await this.http.request<GoogleReview | undefined>({
      method: 'GET',
      path: reviewPath(account, reviewId),
      auth: googleAuth(account),
    });
    return response.body;
  }

  /** `updateReply` creates or overwrites the one owner reply, so it is naturally idempotent. */
  async updateReply(
    account: ChannelAccount,
    reviewId: string,
    comment: string,
  ): Promise<{ comment?: string; updateTime?: string }> {
    const response = await this.http.request<{ comment?: string; updateTime?: string } | undefined>(
      {
        method: 'PUT',
        path: `${reviewPath(account, reviewId)}/reply`,
        json: { comment },
        auth: googleAuth(account),
      },
    );
    if (response.body === undefined) {
      throw new ChannelError('transient', 'google_review: updateReply returned no reply');
    }
    return response.body;
  }

  async deleteReply(account: ChannelAccount, reviewId: string): Promise<void> {
    await this.http.request<undefined>({
      method: 'DELETE',
      path: `${reviewPath(account, reviewId)}/reply`,
      auth: googleAuth(account),
    });
  }
}

// The location name is a resource path with meaningful slashes; each segment is encoded alone.
function locationPath(account: ChannelAccount): string {
  return `/${account.accountRef.split('/').map(encodeURIComponent).join('/')}`;
}

function reviewPath(account: ChannelAccount, reviewId: string): string {
  return `${locationPath(account)}/reviews/${encodeURIComponent(reviewId)}`;
}

function googleAuth(account: ChannelAccount): HttpAuth {
  return { scheme: 'bearer', token: requireCredential(account, 'accessToken') };
}
