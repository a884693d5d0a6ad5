import { type ChannelKind } from './vocabulary';

/**
 * A connected channel: Bedside holds the account's credentials (encrypted) and receives its
 * comments by webhook or polling. `paused` keeps everything stored and stops receiving.
 */
export const CONNECTION_STATES = ['active', 'paused'] as const;
export type ConnectionState = (typeof CONNECTION_STATES)[number];

/** What the last contact with the platform said about a connected channel. */
export const CONNECTION_HEALTHS = [
  'pending',
  'healthy',
  'token_expired',
  'rate_limited',
  'failing',
] as const;
export type ConnectionHealth = (typeof CONNECTION_HEALTHS)[number];

export const CONNECTION_HEALTH_LABELS: Record<ConnectionHealth, string> = {
  pending: 'Waiting for first contact',
  healthy: 'Healthy',
  token_expired: 'Token expired: reconnect',
  rate_limited: 'Rate limited',
  failing: 'Failing',
};

/** Where an outgoing reply is on its way to the platform. */
export const REPLY_DELIVERY_STATES = ['queued', 'posting', 'posted', 'failed'] as const;
export type ReplyDeliveryState = (typeof REPLY_DELIVERY_STATES)[number];

export const REPLY_DELIVERY_STATE_LABELS: Record<ReplyDeliveryState, string> = {
  queued: 'Queued for posting',
  posting: 'Posting…',
  posted: 'Posted',
  failed: 'Posting failed',
};

export interface CredentialField {
  /** Key in the stored credentials (what the connector reads). */
  name: string;
  label: string;
  /** Needed to receive or answer at all; optional ones enable a feature (e.g. webhooks). */
  required: boolean;
  help: string;
}

export interface ChannelConnectionSpec {
  /** What `accountRef` is on this platform. */
  accountRefLabel: string;
  accountRefHelp: string;
  credentials: CredentialField[];
  /** Comments arrive by webhook (the URL is `/webhooks/{kind}`). */
  webhooks: boolean;
  /** Comments arrive by polling. */
  polling: boolean;
}

const META_CREDENTIALS: CredentialField[] = [
  {
    name: 'accessToken',
    label: 'Page access token',
    required: true,
    help: 'A long-lived Page token with pages_manage_engagement and pages_read_user_content.',
  },
  {
    name: 'appSecret',
    label: 'App secret',
    required: false,
    help: 'Verifies webhook signatures (X-Hub-Signature-256). Without it, webhooks are refused.',
  },
  {
    name: 'verifyToken',
    label: 'Webhook verify token',
    required: false,
    help: 'The token typed in the Meta app dashboard for the subscription handshake.',
  },
];

const BEARER_TOKEN: CredentialField = {
  name: 'accessToken',
  label: 'Access token',
  required: true,
  help: 'An OAuth access token of the connected account.',
};

/**
 * What an admin enters to connect each kind of channel. The import channel has nothing to
 * connect: files are imported from the inbox or the CLI.
 */
export const CHANNEL_CONNECTION_SPECS: Record<ChannelKind, ChannelConnectionSpec | null> = {
  facebook: {
    accountRefLabel: 'Page id',
    accountRefHelp: 'The numeric id of the Facebook Page (Page settings → About).',
    credentials: META_CREDENTIALS,
    webhooks: true,
    polling: true,
  },
  instagram: {
    accountRefLabel: 'Instagram account id',
    accountRefHelp: 'The id of the Instagram professional account linked to the Page.',
    credentials: META_CREDENTIALS.map((field) =>
      field.name === 'accessToken' ? { ...field, label: 'Access token' } : field,
    ),
    webhooks: true,
    polling: true,
  },
  x: {
    accountRefLabel: 'X user id',
    accountRefHelp: 'The numeric id of the hospital account (not the @handle).',
    credentials: [
      BEARER_TOKEN,
      {
        name: 'appSecret',
        label: 'Consumer secret',
        required: false,
        help: 'Answers the Account Activity CRC check and verifies its signatures.',
      },
    ],
    webhooks: false,
    polling: true,
  },
  youtube: {
    accountRefLabel: 'YouTube channel id',
    accountRefHelp: 'Starts with UC…, from YouTube Studio → Settings → Channel → Advanced.',
    credentials: [BEARER_TOKEN],
    webhooks: false,
    polling: true,
  },
  google_review: {
    accountRefLabel: 'Location name',
    accountRefHelp: 'accounts/{accountId}/locations/{locationId} of the Business Profile.',
    credentials: [BEARER_TOKEN],
    webhooks: false,
    polling: true,
  },
  blog: {
    accountRefLabel: 'Site URL',
    accountRefHelp: 'The WordPress site, e.g. https://blog.hospital.org',
    credentials: [
      {
        name: 'username',
        label: 'WordPress user',
        required: true,
        help: 'A user allowed to moderate comments.',
      },
      {
        name: 'applicationPassword',
        label: 'Application password',
        required: true,
        help: 'Users → Profile → Application Passwords.',
      },
    ],
    webhooks: false,
    polling: true,
  },
  import: null,
};

/** Shortest and longest poll interval an admin may choose, in seconds. */
export const MIN_POLL_INTERVAL_SECONDS = 15;
export const MAX_POLL_INTERVAL_SECONDS = 3600;
export const DEFAULT_POLL_INTERVAL_SECONDS = 60;
