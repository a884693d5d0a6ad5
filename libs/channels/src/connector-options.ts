import { type ErrorClassifier } from './http/classify-http-status';
import { type FetchFunction, HttpClient } from './http/http-client';

/** What every connector is built from; the server passes real I/O, tests a local server. */
export interface ConnectorOptions {
  /** The clock: core code never reads it directly. */
  now: () => Date;
  /** Defaults to the global `fetch`. */
  fetch?: FetchFunction;
  /**
   * Platform API root, e.g. `https://api.x.com/2`. The blog connector ignores it: each
   * WordPress site is its own API, found from the account's site URL.
   */
  baseUrl?: string;
  timeoutMs?: number;
}

/** An `HttpClient` for one platform with the connector options applied. */
export function createHttpClient(options: {
  platform: string;
  defaultBaseUrl: string;
  connector: ConnectorOptions;
  classifyError: ErrorClassifier;
}): HttpClient {
  const { connector } = options;
  return new HttpClient({
    platform: options.platform,
    baseUrl: connector.baseUrl ?? options.defaultBaseUrl,
    now: connector.now,
    classifyError: options.classifyError,
    ...(connector.fetch ? { fetch: connector.fetch } : {}),
    ...(connector.timeoutMs ? { timeoutMs: connector.timeoutMs } : {}),
  });
}
