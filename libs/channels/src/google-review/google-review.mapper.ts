import { type CanonicalComment } from '../connector.types';
import { buildComment } from '../shared/build-comment';
import { toIsoUtc } from '../shared/timestamps';

/** A Business Profile review (CHANNELS.md §6.1). */
export interface GoogleReview {
  name?: string;
  reviewId: string;
  reviewer?: { displayName?: string; profilePhotoUrl?: string; isAnonymous?: boolean };
  starRating?: string;
  comment?: string;
  createTime?: string;
  updateTime?: string;
  reviewReply?: { comment?: string; updateTime?: string };
}

const STAR_RATINGS: Record<string, CanonicalComment['rating']> = {
  ONE: 1,
  TWO: 2,
  THREE: 3,
  FOUR: 4,
  FIVE: 5,
};

// The owner's reply lives inside the review; it gets its own id so it can be stored, shown
// and retracted like a reply on any other platform.
const REPLY_SUFFIX = '/reply';

export function replyIdOf(reviewId: string): string {
  return `${reviewId}${REPLY_SUFFIX}`;
}

/** The review id of a review or of its reply id. */
export function reviewIdOf(externalId: string): string {
  return externalId.endsWith(REPLY_SUFFIX) ? externalId.slice(0, -REPLY_SUFFIX.length) : externalId;
}

export function isReplyId(externalId: string): boolean {
  return externalId.endsWith(REPLY_SUFFIX);
}

/** `STAR_RATING_UNSPECIFIED` and unknown values give no rating. */
export function toStarRating(value: string | undefined): CanonicalComment['rating'] {
  return value === undefined ? undefined : STAR_RATINGS[value];
}

/**
 * A review → canonical comments: the review itself (text '' for rating-only reviews, stars
 * kept) and, when the location has answered, the owner's reply as an own-account comment.
 *
 * @example mapGoogleReview('accounts/1/locations/9', { reviewId: 'AbF…', starRating: 'TWO', comment: 'Waited five hours…', … })
 */
export function mapGoogleReview(locationName: string, review: GoogleReview): CanonicalComment[] {
  const createdAt = toIsoUtc(review.createTime) ?? new Date(0).toISOString();
  const updatedAt = toIsoUtc(review.updateTime);
  const rating = toStarRating(review.starRating);
  const reviewer = review.reviewer ?? {};
  const comment = buildComment({
    channel: 'google_review',
    accountRef: locationName,
    externalId: review.reviewId,
    threadRootId: review.reviewId,
    author: {
      ...(reviewer.displayName ? { displayName: reviewer.displayName } : {}),
      isAnonymous: reviewer.isAnonymous === true,
    },
    text: review.comment ?? '',
    ...(rating ? { rating } : {}),
    createdAt,
    ...(updatedAt && updatedAt > createdAt ? { updatedAt } : {}),
    visibility: 'visible',
    isOwnAccount: false,
    raw: review,
  });
  const reply = review.reviewReply;
  if (!reply?.comment) {
    return [comment];
  }
  const repliedAt = toIsoUtc(reply.updateTime) ?? updatedAt ?? createdAt;
  return [
    comment,
    buildComment({
      channel: 'google_review',
      accountRef: locationName,
      externalId: replyIdOf(review.reviewId),
      threadRootId: review.reviewId,
      parentExternalId: review.reviewId,
      author: {},
      text: reply.comment,
      createdAt: repliedAt,
      visibility: 'visible',
      isOwnAccount: true,
      raw: reply,
    }),
  ];
}
