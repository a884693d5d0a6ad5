import { ChannelError } from '../channel-error';
import {
  classifyHttpStatus,
  type ErrorClassifier,
  type ErrorResponse,
} from './classify-http-status';

/** The subset of `fetch` connectors use; tests and the server may pass their own. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export type HttpAuth =
  { scheme: 'bearer'; token: string } | { scheme: 'basic'; username: string; password: string };

export type QueryValue = string | number | boolean | undefined;

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Appended to the base URL; callers encode id segments. */
  path: string;
  query?: Record<string, QueryValue>;
  auth?: HttpAuth;
  /** Sent as `application/json`. */
  json?: unknown;
  /** Sent as `application/x-www-form-urlencoded` (the Graph API's native form). */
  form?: Record<string, string>;
  signal?: AbortSignal;
}

export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  /** The parsed JSON body, undefined when empty (204). */
  body: T;
}

export interface HttpClientOptions {
  /** Names the platform in error messages. */
  platform: string;
  /** Platform API root, e.g. `https://api.x.com/2`; tests point it at a local server. */
  baseUrl: string;
  now: () => Date;
  fetch?: FetchFunction;
  timeoutMs?: number;
  classifyError?: ErrorClassifier;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
// Long enough for a platform's explanation, short enough that logs stay small.
const MAX_PLATFORM_MESSAGE_LENGTH = 300;

/**
 * A small wrapper over `fetch` for one platform: base URL, auth header, timeout, JSON parsing,
 * and every failure turned into a `ChannelError`. Tokens travel only in the `Authorization`
 * header, never in URLs, so URLs and messages are safe to log.
 *
 * @example await client.request<{ data: unknown[] }>({ method: 'GET', path: '/users/1/mentions', auth: { scheme: 'bearer', token } })
 */
export class HttpClient {
  private readonly baseUrl: string;
  private readonly fetchFunction: FetchFunction;
  private readonly classifyError: ErrorClassifier;

  constructor(private readonly options: HttpClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.classifyError = options.classifyError ?? classifyHttpStatus;
  }

  async request<T>(request: HttpRequest): Promise<HttpResponse<T>> {
    const url = this.buildUrl(request);
    const label = `${this.options.platform}: ${request.method} ${request.path}`;
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await this.fetchFunction(url, {
        method: request.method,
        headers: buildHeaders(request),
        body: buildBody(request),
        signal,
        // A redirect would replay a POST as GET (a reply silently lost) or carry credentials to
        // another URL; a 3xx surfaces as an `invalid` error naming the misconfigured base URL.
        redirect: 'manual',
      });
      text = await response.text();
    } catch (error) {
      const reason = timeout.aborted
        ? `timed out after ${timeoutMs} ms`
        : request.signal?.aborted
          ? 'aborted by the caller'
          : 'network error';
      throw new ChannelError('transient', `${label} failed: ${reason}`, { cause: error });
    }
    const body = parseBody(text);
    if (!response.ok) {
      throw this.toChannelError(
        label,
        {
          status: response.status,
          headers: response.headers,
          body,
          now: this.options.now(),
        },
        request.auth,
      );
    }
    if (body !== undefined && typeof body === 'string') {
      throw new ChannelError('transient', `${label} returned a body that is not JSON`, {
        status: response.status,
      });
    }
    return { status: response.status, headers: response.headers, body: body as T };
  }

  private buildUrl(request: HttpRequest): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) {
        params.set(key, String(value));
      }
    }
    const query = params.toString();
    return `${this.baseUrl}${request.path}${query ? `?${query}` : ''}`;
  }

  private toChannelError(label: string, response: ErrorResponse, auth?: HttpAuth): ChannelError {
    const classification = this.classifyError(response);
    const code = classification.platformCode;
    const platformMessage = classification.platformMessage
      ? redact(classification.platformMessage, auth).slice(0, MAX_PLATFORM_MESSAGE_LENGTH)
      : undefined;
    return new ChannelError(
      classification.kind,
      `${label} failed with HTTP ${response.status}${code === undefined ? '' : ` (${code})`}`,
      {
        status: response.status,
        ...(code === undefined ? {} : { platformCode: code }),
        ...(platformMessage === undefined ? {} : { platformMessage }),
        ...(classification.retryAfterMs === undefined
          ? {}
          : { retryAfterMs: classification.retryAfterMs }),
      },
    );
  }
}

function buildHeaders(request: HttpRequest): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (request.auth?.scheme === 'bearer') {
    headers.authorization = `Bearer ${request.auth.token}`;
  } else if (request.auth?.scheme === 'basic') {
    const pair = `${request.auth.username}:${request.auth.password}`;
    headers.authorization = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
  }
  if (request.json !== undefined) {
    headers['content-type'] = 'application/json';
  } else if (request.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  return headers;
}

function buildBody(request: HttpRequest): string | undefined {
  if (request.json !== undefined) {
    return JSON.stringify(request.json);
  }
  if (request.form !== undefined) {
    return new URLSearchParams(request.form).toString();
  }
  return undefined;
}

function parseBody(text: string): unknown {
  if (text.trim() === '') {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

// A platform can echo what it was sent (an "invalid token abc…" message); strip our secrets
// before the text reaches an error that will be logged.
function redact(message: string, auth?: HttpAuth): string {
  const secrets =
    auth?.scheme === 'bearer' ? [auth.token] : auth?.scheme === 'basic' ? [auth.password] : [];
  return secrets
    .filter((secret) => secret.length >= 4)
    .reduce((text, secret) => text.split(secret).join('[redacted]'), message);
}
