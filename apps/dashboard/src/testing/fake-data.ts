import type {
  AlertKind,
  ChannelKind,
  CommentStatus,
  Intent,
  PhiType,
  Role,
  Sentiment,
  Urgency,
} from '../gql/graphql';

/** A channel as the fake server stores it. */
export interface FakeChannel {
  __typename: 'Channel';
  id: string;
  kind: ChannelKind;
  displayName: string;
  isSample: boolean;
  externalAccountId: string | null;
}

export interface FakePost {
  __typename: 'Post';
  id: string;
  externalId: string;
  text: string | null;
  url: string | null;
  publishedAt: string | null;
  channel: FakeChannel;
}

/** A comment as the fake server stores it: GraphQL spellings, thread links by id. */
export interface FakeComment {
  __typename: 'Comment';
  id: string;
  externalId: string;
  channel: FakeChannel;
  post: FakePost | null;
  parentId: string | null;
  authorName: string | null;
  authorHandle: string | null;
  text: string;
  url: string | null;
  rating: number | null;
  createdAt: string;
  receivedAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  status: CommentStatus;
  statusChangedAt: string | null;
  revision: number;
  assigneeId: string | null;
  hasPhi: boolean;
  phi: Array<{ __typename: 'PhiSpan'; start: number; end: number; type: PhiType }>;
  sentiment: Sentiment | null;
  sentimentScore: number | null;
  urgency: Urgency | null;
  intents: Array<{ __typename: 'IntentScore'; label: Intent; confidence: number }>;
  triageReasons: Array<{ __typename: 'TriageReason'; label: string; cues: string[] }>;
  triageModelVersion: string | null;
  /** Labels a person corrected, oldest first. */
  triageCorrections: FakeTriageCorrection[];
}

/** One corrected label, values in the domain's lower_snake spelling, as the server answers. */
export interface FakeTriageCorrection {
  __typename: 'TriageCorrection';
  id: string;
  field: 'sentiment' | 'intents' | 'urgency';
  previous: string[];
  corrected: string[];
  correctedBy: string | null;
  correctedAt: string;
  modelVersion: string | null;
}

/** A signed-in person as the fake server answers `viewer`. */
export interface FakeViewer {
  __typename: 'Viewer';
  id: string;
  email: string | null;
  displayName: string;
  role: Role;
}

/** A team member; an admin unless told otherwise, so every control is on screen. */
export function buildViewer(overrides: Partial<FakeViewer> = {}): FakeViewer {
  return {
    __typename: 'Viewer',
    id: 'user-1',
    email: 'morgan.lee@riverside.test',
    displayName: 'Morgan Lee',
    role: 'ADMIN',
    ...overrides,
  };
}

/** "Now" for every spec: comments are dated relative to it. */
export const FAKE_NOW = Date.parse('2026-01-15T12:00:00.000Z');

const CHANNEL_NAMES: Record<ChannelKind, string> = {
  FACEBOOK: 'Riverside Clinic · Facebook',
  INSTAGRAM: '@riversideclinic · Instagram',
  X: '@riversideclinic · X',
  YOUTUBE: 'Riverside Clinic · YouTube',
  GOOGLE_REVIEW: 'Riverside Clinic · Google reviews',
  BLOG: 'Riverside Clinic Blog',
  IMPORT: 'Imported',
};

export function buildChannel(
  kind: ChannelKind = 'FACEBOOK',
  overrides: Partial<FakeChannel> = {},
): FakeChannel {
  return {
    __typename: 'Channel',
    id: `channel-${kind.toLowerCase()}`,
    kind,
    displayName: CHANNEL_NAMES[kind],
    isSample: false,
    externalAccountId: null,
    ...overrides,
  };
}

let sequence = 0;

/** A comment written for Bedside specs (never real patient text), with sensible defaults. */
export function buildComment(overrides: Partial<FakeComment> = {}): FakeComment {
  sequence += 1;
  const id = overrides.id ?? `comment-${String(sequence).padStart(5, '0')}`;
  const createdAt = overrides.createdAt ?? new Date(FAKE_NOW - sequence * 60_000).toISOString();
  return {
    __typename: 'Comment',
    id,
    externalId: `ext-${id}`,
    channel: buildChannel('FACEBOOK'),
    post: null,
    parentId: null,
    authorName: `Author ${sequence}`,
    authorHandle: null,
    text: `Comment number ${sequence} about the visiting hours.`,
    url: `https://example.test/comments/${id}`,
    rating: null,
    createdAt,
    receivedAt: createdAt,
    editedAt: null,
    deletedAt: null,
    status: 'NEW',
    statusChangedAt: null,
    revision: 1,
    assigneeId: null,
    hasPhi: false,
    phi: [],
    sentiment: null,
    sentimentScore: null,
    urgency: null,
    intents: [],
    triageReasons: [],
    triageModelVersion: null,
    triageCorrections: [],
    ...overrides,
  };
}

/** `count` plain comments, newest first. */
export function buildComments(count: number, overrides: Partial<FakeComment> = {}): FakeComment[] {
  return Array.from({ length: count }, () => buildComment(overrides));
}

/** A critical alert as the fake server stores it; open until acknowledged. */
export interface FakeAlert {
  __typename: 'Alert';
  id: string;
  kind: AlertKind;
  raisedAt: string;
  comment: FakeComment;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  deliveries: [];
}

/** An open emergency alert on a new comment, raised a minute before FAKE_NOW. */
export function buildAlert(overrides: Partial<FakeAlert> = {}): FakeAlert {
  sequence += 1;
  return {
    __typename: 'Alert',
    id: `alert-${String(sequence).padStart(5, '0')}`,
    kind: 'EMERGENCY',
    raisedAt: new Date(FAKE_NOW - 60_000).toISOString(),
    comment: overrides.comment ?? buildComment({ urgency: 'CRITICAL' }),
    acknowledgedAt: null,
    acknowledgedBy: null,
    deliveries: [],
    ...overrides,
  };
}
