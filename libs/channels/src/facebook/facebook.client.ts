import { type ChannelAccount } from '../connector.types';
import { type ConnectorOptions } from '../connector-options';
import { type GraphList } from '../meta/meta-graph';
import { MetaGraphClient } from '../meta/meta-graph-client';
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
  private readonly graph: MetaGraphClient;

  constructor(options: ConnectorOptions) {
    this.graph = new MetaGraphClient('facebook', options);
  }

  listPublishedPosts(
    account: ChannelAccount,
    request: { sinceUnix: number; after?: string; signal?: AbortSignal },
  ): Promise<GraphList<GraphPost>> {
    return this.graph.list<GraphPost>(account, {
      node: account.accountRef,
      edge: 'published_posts',
      query: {
        fields: 'id,created_time,updated_time,permalink_url',
        since: request.sinceUnix,
        limit: PAGE_SIZE,
      },
      after: request.after,
      signal: request.signal,
    });
  }

  /** Newest first, replies included as a flat stream. */
  listComments(
    account: ChannelAccount,
    request: { postId: string; after?: string; signal?: AbortSignal },
  ): Promise<GraphList<GraphComment>> {
    return this.graph.list<GraphComment>(account, {
      node: request.postId,
      edge: 'comments',
      query: {
        filter: 'stream',
        order: 'reverse_chronological',
        fields: COMMENT_FIELDS,
        limit: PAGE_SIZE,
      },
      after: request.after,
      signal: request.signal,
    });
  }

  /**
   * The replies of one comment, newest first. CHANNELS.md documents the `/comments` edge on
   * posts; on a comment the same edge lists its replies (Graph API Comment reference).
   */
  listReplies(
    account: ChannelAccount,
    request: { commentId: string; after?: string },
  ): Promise<GraphList<GraphComment>> {
    return this.graph.list<GraphComment>(account, {
      node: request.commentId,
      edge: 'comments',
      query: {
        order: 'reverse_chronological',
        fields: 'id,message,from,created_time',
        limit: PAGE_SIZE,
      },
      after: request.after,
    });
  }

  getComment(account: ChannelAccount, commentId: string): Promise<GraphComment | undefined> {
    return this.graph.read<GraphComment>(
      account,
      commentId,
      'id,message,from,created_time,is_hidden,parent{id},permalink_url',
    );
  }

  postComment(account: ChannelAccount, commentId: string, message: string): Promise<string> {
    return this.graph.create(account, { node: commentId, edge: 'comments', form: { message } });
  }

  setHidden(account: ChannelAccount, commentId: string, hidden: boolean): Promise<void> {
    return this.graph.update(account, {
      node: commentId,
      form: { is_hidden: String(hidden) },
      action: 'hide',
    });
  }

  deleteComment(account: ChannelAccount, commentId: string): Promise<void> {
    return this.graph.remove(account, commentId);
  }
}
