import { type CommentInput } from '@bedside/domain';

import { type CanonicalComment } from './connector.types';

/**
 * The shape the ingest service stores (`CommentInput` from `@bedside/domain`). The thread root
 * becomes `postExternalId`; the permalink becomes `url`. Rating-only Google reviews keep their
 * empty text here; `validateCommentInput` refuses empty text, so callers storing them must
 * not run it on these rows.
 *
 * @example toCommentInput(comment) // { channel: 'facebook', externalId: '998877665544332_1122334455667788', … }
 */
export function toCommentInput(comment: CanonicalComment): CommentInput {
  return {
    channel: comment.channel,
    externalId: comment.externalId,
    parentExternalId: comment.parentExternalId ?? null,
    postExternalId: comment.threadRootId,
    authorName: comment.author.displayName ?? null,
    authorHandle: comment.author.handle ?? null,
    text: comment.text,
    url: comment.permalink ?? null,
    createdAt: new Date(comment.createdAt),
    rating: comment.rating ?? null,
  };
}
