import { type ChannelKind } from '@bedside/domain';

import { BlogConnector } from './blog/blog.connector';
import { type ChannelConnector } from './connector.types';
import { type ConnectorOptions } from './connector-options';
import { FacebookConnector } from './facebook/facebook.connector';
import { GoogleReviewConnector } from './google-review/google-review.connector';
import { ImportConnector } from './import/import.connector';
import { InstagramConnector } from './instagram/instagram.connector';
import { XConnector } from './x/x.connector';
import { YouTubeConnector } from './youtube/youtube.connector';

// A Record over every kind: adding a channel kind to the domain fails to compile until it has
// a connector here.
const CONNECTOR_FACTORIES: Record<ChannelKind, (options: ConnectorOptions) => ChannelConnector> = {
  facebook: (options) => new FacebookConnector(options),
  instagram: (options) => new InstagramConnector(options),
  x: (options) => new XConnector(options),
  youtube: (options) => new YouTubeConnector(options),
  google_review: (options) => new GoogleReviewConnector(options),
  blog: (options) => new BlogConnector(options),
  import: () => new ImportConnector(),
};

/**
 * One connector for one channel kind.
 *
 * @example createConnector('x', { now: () => new Date(), baseUrl: 'http://127.0.0.1:4010/2' })
 */
export function createConnector(kind: ChannelKind, options: ConnectorOptions): ChannelConnector {
  return CONNECTOR_FACTORIES[kind](options);
}

export interface ConnectorRegistryOptions extends Omit<ConnectorOptions, 'baseUrl'> {
  /** Per-platform API roots; unset kinds use the platform's public URL. */
  baseUrls?: Partial<Record<ChannelKind, string>>;
}

export type ConnectorRegistry = Readonly<Record<ChannelKind, ChannelConnector>>;

/**
 * A connector for every channel kind, sharing the clock, fetch and timeout; what the server
 * builds once and looks connectors up in by an account's kind.
 *
 * @example createConnectorRegistry({ now: () => new Date() }).youtube.capabilities.webhooks // false
 */
export function createConnectorRegistry(options: ConnectorRegistryOptions): ConnectorRegistry {
  const { baseUrls = {}, ...shared } = options;
  const entries = (Object.keys(CONNECTOR_FACTORIES) as ChannelKind[]).map((kind) => {
    const baseUrl = baseUrls[kind];
    return [kind, createConnector(kind, baseUrl ? { ...shared, baseUrl } : shared)] as const;
  });
  return Object.fromEntries(entries) as Record<ChannelKind, ChannelConnector>;
}
