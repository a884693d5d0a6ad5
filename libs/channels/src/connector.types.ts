import { type ChannelKind } from '@bedside/domain';

export type { ChannelKind };

/**
 * Secrets of one connected account, already decrypted by the server (it stores them encrypted).
 * Keys per kind: `accessToken` (facebook, instagram, x, youtube, google_review) or `username` +
 * `applicationPassword` (blog). Connectors never log these nor copy them into error messages.
 */
export type ChannelCredentials = Readonly<Record<string, string | undefined>>;

/** One connected account: a Page, IG account, X user, YouTube channel, GBP location, WP site. */
export interface ChannelAccount {
  /** Our database id of the connected account. */
  id: string;
  kind: ChannelKind;
  /**
   * Page id / IG user id / X user id / YouTube channel id / GBP location name
   * (`accounts/{a}/locations/{l}`) / WordPress site URL.
   */
  accountRef: string;
  credentials: ChannelCredentials;
  /** Per-account options, e.g. `{ backfillDays: 7, pollStatuses: ['approve', 'hold'] }`. */
  settings: Readonly<Record<string, unknown>>;
}

export type CommentVisibility = 'visible' | 'hidden' | 'held' | 'deleted';

/** A platform comment, review or post in one shape, before it becomes a `CommentInput`. */
export interface CanonicalComment {
  channel: ChannelKind;
  accountRef: string;
  /** Platform comment/review/post id, always a string (X ids exceed 2^53). */
  externalId: string;
  /** `${channel}:${accountRef}:${externalId}`; the unique key of a stored comment. */
  dedupeKey: string;
  /** Post / media / video / review / conversation id. */
  threadRootId: string;
  /** Set for replies only. */
  parentExternalId?: string;
  author: {
    externalId?: string;
    displayName?: string;
    handle?: string;
    isAnonymous?: boolean;
  };
  /** Plain text; '' for rating-only reviews. */
  text: string;
  rating?: 1 | 2 | 3 | 4 | 5;
  /** ISO 8601 UTC. */
  createdAt: string;
  /** ISO 8601 UTC, when the platform exposes edits. */
  updatedAt?: string;
  permalink?: string;
  visibility: CommentVisibility;
  /** Authored by the connected account (our own replies): never triaged as inbound. */
  isOwnAccount: boolean;
  /** sha256 of the normalised text, for edit detection where the platform has no edit time. */
  contentHash: string;
  /** The original payload item, kept for audit and replay. */
  raw: unknown;
}

/**
 * What a fetch or webhook delivery tells the server. `version` is `${changedAt ISO}#${contentHash}`:
 * ISO UTC timestamps have a fixed width, so the newer event wins by plain string comparison, and
 * the hash tells apart edits made within the same second (or on platforms with no edit time).
 */
export type ChannelEvent =
  | { type: 'upsert'; comment: CanonicalComment; version: string }
  | { type: 'deleted'; dedupeKey: string; at: string }
  | { type: 'visibility'; dedupeKey: string; visibility: CommentVisibility; at: string };

export interface FetchResult {
  events: ChannelEvent[];
  /** Opaque, channel-specific (a JSON string); null = keep the stored cursor. */
  nextCursor: string | null;
  /** Call again immediately with nextCursor. */
  hasMore: boolean;
  rateLimit?: { remaining?: number; resetAt?: string };
}

export interface InboundWebhook {
  method: 'GET' | 'POST';
  path: string;
  query: Record<string, string | undefined>;
  /** Lower-cased names. */
  headers: Record<string, string | undefined>;
  /** The exact bytes received: signatures are computed over them, not over re-serialised JSON. */
  rawBody: Buffer;
}

export interface WebhookSecrets {
  /** Meta app secret, or X consumer secret. */
  appSecret?: string;
  /** Meta verify token typed in the app dashboard. */
  verifyToken?: string;
}

export type WebhookOutcome =
  | { kind: 'challenge'; status: 200; contentType: string; body: string }
  | { kind: 'accepted'; events: Array<{ accountRef: string; event: ChannelEvent }> }
  | { kind: 'ignored'; reason: string }
  | { kind: 'rejected'; status: 400 | 401 | 403; reason: string };

export interface ReplyTarget {
  /** The comment/review/post being answered. */
  externalId: string;
  threadRootId: string;
  /** The connector decides where the reply attaches (platforms limit thread depth). */
  parentExternalId?: string;
}

export interface PostedReply {
  externalId: string;
  permalink?: string;
  /** ISO 8601 UTC. */
  postedAt: string;
}

export type ChannelErrorKind =
  'auth_expired' | 'permission' | 'rate_limited' | 'not_found' | 'invalid' | 'policy' | 'transient';

export interface ConnectorCapabilities {
  webhooks: boolean;
  polling: boolean;
  /** `refresh` can re-read one item; false where there is no platform to ask. */
  refresh: boolean;
  reply: boolean;
  /** FB, IG, X (own conversations), YouTube (hold), WP (hold). */
  hide: boolean;
  /** Someone else's comment: FB, IG, WP; YouTube 'rejected'; X own posts only; GBP none. */
  delete: boolean;
  /** Retract a reply the connected account posted. */
  deleteReply: boolean;
  /** In the platform's own unit; see `ChannelConnector.measureReply`. */
  maxReplyLength: number;
}

/**
 * The one contract the ingestion, reply and reconciliation services depend on. Every method
 * throws `ChannelError` only.
 */
export interface ChannelConnector {
  readonly kind: ChannelKind;
  readonly capabilities: ConnectorCapabilities;

  /**
   * Pull new/changed items since the cursor; one platform page per call. A null cursor starts a
   * backfill of `settings.backfillDays`, which doubles as the periodic reconciliation sweep.
   */
  fetchSince(
    account: ChannelAccount,
    cursor: string | null,
    signal?: AbortSignal,
  ): Promise<FetchResult>;

  /** Verify and parse a webhook delivery (handshake, signature, envelope). No I/O. */
  handleWebhook?(req: InboundWebhook, secrets: WebhookSecrets): WebhookOutcome;

  /** Re-read one item for reconciliation; null when it no longer exists. */
  refresh(account: ChannelAccount, externalId: string): Promise<CanonicalComment | null>;

  /** Length of a reply as the platform counts it (X weighs URLs and wide characters). */
  measureReply(text: string): number;

  /** Post a reply. The caller has already stored an outbound attempt with this key. */
  postReply(
    account: ChannelAccount,
    target: ReplyTarget,
    text: string,
    attemptKey: string,
  ): Promise<PostedReply>;

  /**
   * After a postReply whose outcome is unknown (time-out, network error, 5xx), looks on the
   * platform for a reply by the connected account to this target with this exact text, posted
   * at or after `since` (ISO UTC). Returns it, or null when there is none (then posting again is safe).
   *
   * No platform accepts an idempotency key (CHANNELS.md §0), so this is how the outbox avoids
   * answering a patient twice. Texts are compared normalised (Unicode, whitespace), and `since`
   * allows a minute of clock skew. Meaningful only where `capabilities.reply` is true; elsewhere
   * it returns null. Throws `ChannelError` like every other method (a gone target may be
   * `not_found`), and throws rather than return null when it could not read the whole thread.
   */
  findPostedReply(
    account: ChannelAccount,
    target: ReplyTarget,
    text: string,
    since: string,
  ): Promise<PostedReply | null>;

  /** Hide/unhide (or hold/publish) someone else's comment. */
  setHidden?(account: ChannelAccount, externalId: string, hidden: boolean): Promise<void>;

  /** Delete (or reject) someone else's comment. */
  delete?(account: ChannelAccount, externalId: string): Promise<void>;

  /** Remove a reply the connected account posted (`PostedReply.externalId`). */
  deleteReply?(account: ChannelAccount, replyExternalId: string): Promise<void>;
}
