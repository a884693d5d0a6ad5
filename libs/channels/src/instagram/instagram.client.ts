import { type ChannelAccount } from '../connector.types';
import { type ConnectorOptions } from '../connector-options';
import { type GraphList } from '../meta/meta-graph';
import { MetaGraphClient } from '../meta/meta-graph-client';
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
  private readonly graph: MetaGraphClient;

  constructor(options: ConnectorOptions) {
    this.graph = new MetaGraphClient('instagram', options);
  }

  listMedia(
    account: ChannelAccount,
    request: { after?: string; signal?: AbortSignal },
  ): Promise<GraphList<GraphMedia>> {
    return this.graph.list<GraphMedia>(account, {
      node: account.accountRef,
      edge: 'media',
      query: {
        fields: 'id,caption,media_product_type,timestamp,comments_count,permalink',
        limit: PAGE_SIZE,
      },
      after: request.after,
      signal: request.signal,
    });
  }

  listComments(
    account: ChannelAccount,
    request: { mediaId: string; after?: string; signal?: AbortSignal },
  ): Promise<GraphList<GraphInstagramComment>> {
    return this.graph.list<GraphInstagramComment>(account, {
      node: request.mediaId,
      edge: 'comments',
      query: {
        fields: `${COMMENT_FIELDS},like_count,parent_id,replies{${COMMENT_FIELDS}}`,
        limit: PAGE_SIZE,
      },
      after: request.after,
      signal: request.signal,
    });
  }

  /** The replies of one top-level comment (CHANNELS.md §3.2), in no documented order. */
  listReplies(
    account: ChannelAccount,
    request: { commentId: string; after?: string },
  ): Promise<GraphList<GraphInstagramComment>> {
    return this.graph.list<GraphInstagramComment>(account, {
      node: request.commentId,
      edge: 'replies',
      query: { fields: COMMENT_FIELDS, limit: PAGE_SIZE },
      after: request.after,
    });
  }

  getComment(
    account: ChannelAccount,
    commentId: string,
  ): Promise<GraphInstagramComment | undefined> {
    return this.graph.read<GraphInstagramComment>(
      account,
      commentId,
      `${COMMENT_FIELDS},parent_id,media{id}`,
    );
  }

  postReply(account: ChannelAccount, commentId: string, message: string): Promise<string> {
    return this.graph.create(account, { node: commentId, edge: 'replies', form: { message } });
  }

  setHidden(account: ChannelAccount, commentId: string, hidden: boolean): Promise<void> {
    return this.graph.update(account, {
      node: commentId,
      form: { hide: String(hidden) },
      action: 'hide',
    });
  }

  deleteComment(account: ChannelAccount, commentId: string): Promise<void> {
    return this.graph.remove(account, commentId);
  }
}
