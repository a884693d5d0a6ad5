import type { RawCommentInput } from '@bedside/domain';

import { ALL_SAMPLE_POSTS, LABELLED_SAMPLE_COMMENTS } from './labelled-comments';
import type { SampleComment, SamplePost } from './sample-data.type';

const MINUTE_MS = 60_000;

export const SAMPLE_POSTS: readonly SamplePost[] = ALL_SAMPLE_POSTS;

export const SAMPLE_COMMENTS: readonly SampleComment[] = LABELLED_SAMPLE_COMMENTS.map(
  ({ intents: _intents, ...comment }) => comment,
);

function minutesBefore(now: Date, minutesAgo: number): string {
  return new Date(now.getTime() - minutesAgo * MINUTE_MS).toISOString();
}

/**
 * The sample comments as ingestion input, oldest first, timed back from `now` so the inbox always
 * looks current.
 *
 * @example buildSampleComments(new Date('2026-11-23T15:00:00Z'))[0].createdAt // '2026-10-24T…Z'
 */
export function buildSampleComments(now: Date): RawCommentInput[] {
  return SAMPLE_COMMENTS.map((comment) => ({
    channel: comment.channel,
    externalId: comment.externalId,
    parentExternalId: comment.parentExternalId,
    postExternalId: comment.postExternalId,
    authorName: comment.authorName,
    authorHandle: comment.authorHandle,
    text: comment.text,
    url: comment.url,
    createdAt: minutesBefore(now, comment.minutesAgo),
    rating: comment.rating,
  }));
}

/**
 * The hospital's own posts the sample comments sit on, oldest first, with `publishedAt` timed
 * back from `now`.
 *
 * @example buildSamplePosts(new Date('2026-11-23T15:00:00Z'))[0].publishedAt // '2026-10-24T…Z'
 */
export function buildSamplePosts(
  now: Date,
): Array<Omit<SamplePost, 'minutesAgo'> & { publishedAt: string }> {
  return SAMPLE_POSTS.map(({ minutesAgo, ...post }) => ({
    ...post,
    publishedAt: minutesBefore(now, minutesAgo),
  }));
}
