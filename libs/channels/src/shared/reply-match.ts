import { ChannelError } from '../channel-error';
import { type CanonicalComment, type PostedReply } from '../connector.types';
import { normaliseText } from './content-hash';
import { minusMs, toIsoUtc } from './timestamps';

// Our clock stamps `since`, the platform's clock stamps the reply: a few seconds of skew must
// not hide the reply we are looking for. An identical reply of ours posted a minute before the
// attempt is the same message anyway.
export const REPLY_CLOCK_SKEW_MS = 60_000;
// Searches read only the replies of one comment, most of them only those since the attempt;
// this many pages means paging that never ends, not a long thread.
export const MAX_REPLY_SEARCH_PAGES = 50;

/**
 * Whether a reply on the platform carries the text we posted: compared after Unicode
 * normalisation with whitespace collapsed and trimmed, because platforms trim and re-encode.
 *
 * @example sameReplyText('Thank you,\n  4 West! ', 'Thank you, 4 West!') // true
 */
export function sameReplyText(a: string, b: string): boolean {
  return normaliseText(a) === normaliseText(b);
}

/**
 * The earliest reply time worth matching for `since` (ISO UTC), allowing for clock skew. A
 * `since` that does not parse is the caller's bug: `invalid`, not a silent "nothing found".
 *
 * @example replySearchStart('2026-01-01T17:00:00.000Z', 'facebook') // '2026-01-01T16:59:00.000Z'
 */
export function replySearchStart(since: string, platform: string): string {
  const iso = toIsoUtc(since);
  if (iso === undefined) {
    throw new ChannelError('invalid', `${platform}: findPostedReply needs an ISO 8601 since`);
  }
  return minusMs(iso, REPLY_CLOCK_SKEW_MS);
}

/**
 * Among comments read from the platform, the reply the connected account posted with this text
 * at or after `postedFrom` (no bound when undefined). `sameText` defaults to `sameReplyText`;
 * platforms that rewrite text (X's t.co links, WordPress HTML) pass their own.
 */
export function findOwnReply(
  comments: readonly CanonicalComment[],
  request: {
    text: string;
    postedFrom?: string;
    sameText?: (posted: string, text: string) => boolean;
  },
): PostedReply | undefined {
  const sameText = request.sameText ?? sameReplyText;
  const match = comments.find(
    (comment) =>
      comment.isOwnAccount &&
      (request.postedFrom === undefined || comment.createdAt >= request.postedFrom) &&
      sameText(comment.text, request.text),
  );
  return match && toPostedReply(match);
}

/** A reply read back from the platform, in the shape `postReply` returns. */
export function toPostedReply(comment: CanonicalComment): PostedReply {
  return {
    externalId: comment.externalId,
    ...(comment.permalink ? { permalink: comment.permalink } : {}),
    postedAt: comment.createdAt,
  };
}

export interface ReplySearchPage<T> {
  found?: T;
  /** The next page's token; undefined when there is nothing more worth reading. */
  next?: string;
}

/**
 * Reads pages until one holds the reply or there are no more. Giving up after
 * `MAX_REPLY_SEARCH_PAGES` is an error, never null: null tells the caller that posting again is
 * safe, which an unfinished search cannot know. `invalid`, because retrying cannot help.
 */
export async function searchReplyPages<T>(
  platform: string,
  readPage: (pageToken: string | undefined) => Promise<ReplySearchPage<T>>,
): Promise<T | null> {
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_REPLY_SEARCH_PAGES; page += 1) {
    const result = await readPage(pageToken);
    if (result.found !== undefined) {
      return result.found;
    }
    if (result.next === undefined) {
      return null;
    }
    pageToken = result.next;
  }
  throw new ChannelError(
    'invalid',
    `${platform}: no end to the replies after ${MAX_REPLY_SEARCH_PAGES} pages; check the thread by hand`,
  );
}
