import { BLOG_COMMENTS, BLOG_POSTS } from './blog';
import { FACEBOOK_COMMENTS, FACEBOOK_POSTS } from './facebook';
import { GOOGLE_REVIEW_COMMENTS } from './google-review';
import { INSTAGRAM_COMMENTS, INSTAGRAM_POSTS } from './instagram';
import type { LabelledSampleComment, SamplePost } from './sample-data.type';
import { X_COMMENTS, X_POSTS } from './x';
import { YOUTUBE_COMMENTS, YOUTUBE_POSTS } from './youtube';

// Oldest first, so a loader that inserts in order always meets a parent before its replies.
function byOldestFirst(left: { minutesAgo: number }, right: { minutesAgo: number }): number {
  return right.minutesAgo - left.minutesAgo;
}

export const ALL_SAMPLE_POSTS: readonly SamplePost[] = [
  ...FACEBOOK_POSTS,
  ...X_POSTS,
  ...INSTAGRAM_POSTS,
  ...YOUTUBE_POSTS,
  ...BLOG_POSTS,
].sort(byOldestFirst);

/** Every sample comment with the intents it was written to exercise, oldest first. */
export const LABELLED_SAMPLE_COMMENTS: readonly LabelledSampleComment[] = [
  ...FACEBOOK_COMMENTS,
  ...X_COMMENTS,
  ...INSTAGRAM_COMMENTS,
  ...GOOGLE_REVIEW_COMMENTS,
  ...YOUTUBE_COMMENTS,
  ...BLOG_COMMENTS,
].sort(byOldestFirst);
