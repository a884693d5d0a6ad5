import { type CanonicalComment, type ChannelEvent } from '../connector.types';
import { contentHash } from './content-hash';

export type CommentFields = Omit<CanonicalComment, 'dedupeKey' | 'contentHash'>;

/** `${channel}:${accountRef}:${externalId}`: the key a stored comment is unique on. */
export function buildDedupeKey(
  channel: CanonicalComment['channel'],
  accountRef: string,
  externalId: string,
): string {
  return `${channel}:${accountRef}:${externalId}`;
}

/**
 * Completes a mapped comment with its dedupe key and content hash, so every mapper derives them
 * the same way.
 *
 * @example buildComment({ channel: 'blog', accountRef: 'https://blog.example.org', externalId: '4821', … })
 */
export function buildComment(fields: CommentFields): CanonicalComment {
  return {
    ...fields,
    dedupeKey: buildDedupeKey(fields.channel, fields.accountRef, fields.externalId),
    contentHash: contentHash(fields.text),
  };
}

/**
 * An upsert event whose version is `${changedAt}#${contentHash}` (see `ChannelEvent`).
 * `changedAt` defaults to the comment's edit time, else its creation time.
 */
export function upsertEvent(comment: CanonicalComment, changedAt?: string): ChannelEvent {
  const at = changedAt ?? comment.updatedAt ?? comment.createdAt;
  return { type: 'upsert', comment, version: `${at}#${comment.contentHash}` };
}
