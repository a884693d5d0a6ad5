import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { type Credentials, type TestApp } from './test-app';

export interface Subscription<T> {
  /** Resolves with the next pushed result (data or errors). */
  next(timeoutMs?: number): Promise<{ data?: T; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
  /** Resolves when the server closes the socket, with its close code. */
  closed: Promise<number>;
  dispose(): Promise<void>;
}

/**
 * Subscribes over the real WebSocket endpoint, authenticating like a browser (cookie header) or
 * an integration (bearer token in the connection params).
 */
export function subscribe<T>(
  test: TestApp,
  query: string,
  options: { as?: Credentials; origin?: string; variables?: Record<string, unknown> } = {},
): Subscription<T> {
  const as = options.as ?? { bearer: test.adminToken };
  const headers: Record<string, string> = {};
  if (as !== 'anonymous' && 'cookie' in as) {
    headers['cookie'] = as.cookie;
  }
  if (options.origin) {
    headers['origin'] = options.origin;
  }
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let resolveClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (resolveClosed = resolve));
  const client: Client = createClient({
    url: `${test.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: HeaderWebSocket,
    retryAttempts: 0,
    // Refusals are what some tests expect: they are read from `closed`, not printed.
    onNonLazyError: () => undefined,
    lazy: false,
    connectionParams: as !== 'anonymous' && 'bearer' in as ? { authorization: `Bearer ${as.bearer}` } : {},
    on: { closed: (event) => resolveClosed((event as { code: number }).code) },
  });
  type Result = Awaited<ReturnType<Subscription<T>['next']>>;
  const queue: Result[] = [];
  const waiting: ((result: Result) => void)[] = [];
  const push = (result: Result) => {
    const waiter = waiting.shift();
    if (waiter) {
      waiter(result);
    } else {
      queue.push(result);
    }
  };
  client.subscribe<T>(
    { query, variables: options.variables },
    {
      next: (result) => push(result as Result),
      error: (error) => {
        const errors = Array.isArray(error)
          ? (error as Result['errors'])
          : [{ message: error instanceof Error ? error.message : 'socket closed' }];
        push({ errors });
      },
      complete: () => undefined,
    },
  );
  return {
    next(timeoutMs = 5000) {
      const queued = queue.shift();
      if (queued) {
        return Promise.resolve(queued);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('No push within the time limit')), timeoutMs);
        waiting.push((result) => {
          clearTimeout(timer);
          resolve(result);
        });
      });
    },
    closed,
    dispose: () => client.dispose() as Promise<void>,
  };
}
