import type { ChannelKind, Intent } from '@bedside/domain';

/** One of the fictional hospital's accounts, as a channel connection would record it. */
export interface SampleChannel {
  kind: ChannelKind;
  displayName: string;
  externalAccountId: string;
}

/** A post, video or article of the hospital's own that sample comments sit on. */
export interface SamplePost {
  channel: ChannelKind;
  externalId: string;
  url: string | null;
  text: string;
  minutesAgo: number;
}

/** One sample comment, timed relative to the moment the sample is loaded. */
export interface SampleComment {
  channel: ChannelKind;
  externalId: string;
  postExternalId: string | null;
  parentExternalId: string | null;
  authorName: string | null;
  authorHandle: string | null;
  text: string;
  url: string | null;
  minutesAgo: number;
  /** Star rating 1–5 for google_review comments, null elsewhere. */
  rating: number | null;
}

/**
 * A sample comment with the intents its writer meant it to exercise. The labels stay inside this
 * library (specs check that the sample covers every intent); the product triages the comments
 * itself.
 */
export interface LabelledSampleComment extends SampleComment {
  intents: readonly Intent[];
}

export type StarRating = 1 | 2 | 3 | 4 | 5;

/**
 * One hand-written comment as it sits in a channel file, before platform ids and URLs are derived.
 * A top-level row names its post (null: a mention that sits on no post); a reply names the row it
 * answers and inherits that row's post.
 */
export type CommentRow<PostKey extends string> = {
  /** Unique within its file; the platform id is derived from it. */
  id: number;
  author: string | null;
  /** X, Instagram and YouTube handle, without the leading `@`. */
  handle?: string;
  rating?: StarRating;
  /**
   * Picked so that a sample loaded in the early afternoon puts most comments between 7 a.m. and
   * 11 p.m., the rhythm of a real page; crises and ER complaints also arrive at night.
   */
  minutesAgo: number;
  intents: readonly Intent[];
  text: string;
} & ({ post: PostKey | null; replyTo?: never } | { replyTo: number; post?: never });

/** A post of the hospital's as written in a channel file. */
export interface PostRow {
  minutesAgo: number;
  text: string;
}
