import { ChannelError } from '../channel-error';
import {
  type CanonicalComment,
  type ChannelConnector,
  type ConnectorCapabilities,
  type FetchResult,
  type PostedReply,
} from '../connector.types';
import { countCodePoints } from '../shared/reply-length';

/**
 * File imports are a channel kind only: comments arrive through the importers, there is no
 * platform to poll, re-read or answer, so every capability is off. `refresh` refuses instead
 * of returning null, because null would mark every imported comment deleted.
 */
export class ImportConnector implements ChannelConnector {
  readonly kind = 'import' as const;
  readonly capabilities: ConnectorCapabilities = {
    webhooks: false,
    polling: false,
    refresh: false,
    reply: false,
    hide: false,
    delete: false,
    deleteReply: false,
    maxReplyLength: 0,
  };

  fetchSince(): Promise<FetchResult> {
    return Promise.resolve({ events: [], nextCursor: null, hasMore: false });
  }

  refresh(): Promise<CanonicalComment | null> {
    return Promise.reject(
      new ChannelError('invalid', 'import: imported comments cannot be re-read'),
    );
  }

  measureReply(text: string): number {
    return countCodePoints(text);
  }

  postReply(): Promise<PostedReply> {
    return Promise.reject(
      new ChannelError('invalid', 'import: imported comments cannot be answered'),
    );
  }

  /** Nothing is ever posted from here, so nothing can have been posted twice. */
  findPostedReply(): Promise<PostedReply | null> {
    return Promise.resolve(null);
  }
}
