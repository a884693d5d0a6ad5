import { createServer, type IncomingHttpHeaders } from 'node:http';
import { type AddressInfo } from 'node:net';

import { type ChannelAccount } from '../connector.types';

/** A request as the local platform server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface PlannedResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Serialised as JSON unless it is a string. */
  body?: unknown;
  /** Answer this late, to exercise client timeouts. */
  delayMs?: number;
}

export type RequestHandler = (request: RecordedRequest) => PlannedResponse;

export interface LocalPlatformServer {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 and a free port that answers like a platform API, so specs
 * exercise the connector's actual fetch, headers, paging and error handling. Every request is
 * recorded for assertions; a handler that throws answers 500 with its message.
 */
export async function startLocalPlatformServer(
  handler: RequestHandler,
): Promise<LocalPlatformServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const request: RecordedRequest = {
        method: incoming.method ?? 'GET',
        path: decodeURIComponent(url.pathname),
        query: url.searchParams,
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      let planned: PlannedResponse;
      try {
        planned = handler(request);
      } catch (error) {
        planned = { status: 500, body: { handlerError: String(error) } };
      }
      const body =
        planned.body === undefined
          ? ''
          : typeof planned.body === 'string'
            ? planned.body
            : JSON.stringify(planned.body);
      const send = (): void => {
        outgoing.writeHead(planned.status ?? 200, {
          ...(body === '' ? {} : { 'content-type': 'application/json' }),
          ...planned.headers,
        });
        outgoing.end(body);
      };
      if (planned.delayMs) {
        setTimeout(send, planned.delayMs).unref();
      } else {
        send();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // fetch keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Routes by `METHOD /path`; anything unplanned is a 404 the spec will notice. */
export function routes(table: Record<string, RequestHandler>): RequestHandler {
  return (request) => {
    const handler = table[`${request.method} ${request.path}`];
    return handler
      ? handler(request)
      : { status: 404, body: { error: `no route for ${request.method} ${request.path}` } };
  };
}

/** The fixed clock every spec runs on. */
export const TEST_NOW = new Date('2026-01-01T17:00:00.000Z');
export const testNow = (): Date => new Date(TEST_NOW.getTime());

export function testAccount(
  overrides: Partial<ChannelAccount> & Pick<ChannelAccount, 'kind' | 'accountRef'>,
): ChannelAccount {
  return {
    id: `account-${overrides.kind}`,
    credentials: { accessToken: 'test-access-token' },
    settings: {},
    ...overrides,
  };
}
