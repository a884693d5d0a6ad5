import {
  ApolloClient,
  ApolloLink,
  type FieldMergeFunction,
  HttpLink,
  InMemoryCache,
  type Reference,
} from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { ERROR_CODES, ERROR_MESSAGES, type ErrorCode } from '@bedside/domain';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

/**
 * The only place the dashboard's Apollo links, cache policies and error handling are set up
 * (STYLE.md §8). Specs build their client here too, with a schema link instead of HTTP, so the
 * cache behaves in tests exactly as it does in the browser.
 */

/** Errors the dashboard tells apart: the server's codes, plus "the server could not be reached". */
export type ClientErrorCode = ErrorCode | 'NETWORK';

const NETWORK_MESSAGE = 'Bedside cannot reach its server. Check your connection and try again.';

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The stable code of an error from a query or mutation. The dashboard branches on this code and
 * never on a message: a GraphQL error without a known code counts as INTERNAL.
 */
export function errorCodeOf(error: unknown): ClientErrorCode {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors
      .map((graphqlError) => graphqlError.extensions?.['code'])
      .find(isErrorCode);
    return code ?? 'INTERNAL';
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) {
      return 'RATE_LIMITED';
    }
    return error.statusCode >= 500 ? 'INTERNAL' : 'NETWORK';
  }
  return 'NETWORK';
}

/** A message safe to show: chosen by code, so server text (which could quote PHI) never leaks. */
export function describeError(error: unknown): { code: ClientErrorCode; message: string } {
  const code = errorCodeOf(error);
  return { code, message: code === 'NETWORK' ? NETWORK_MESSAGE : ERROR_MESSAGES[code] };
}

/** Stored shape of a `comments` page: nodes are cache references. */
interface StoredCommentConnection {
  totalCount: number;
  pageInfo: unknown;
  edges: ReadonlyArray<{ cursor: string; node: Reference }>;
}

/**
 * Infinite scroll: a page fetched with `after` is appended to the list already in the cache for
 * the same filter and order; a page without `after` (a new filter, a refetch) starts the list over.
 */
const mergeCommentPages: FieldMergeFunction<StoredCommentConnection> = (
  existing,
  incoming,
  { args, readField },
) => {
  if (!existing || !args?.['after']) {
    return incoming;
  }
  const seen = new Set(existing.edges.map((edge) => readField<string>('id', edge.node)));
  const added = incoming.edges.filter((edge) => !seen.has(readField<string>('id', edge.node)));
  return { ...incoming, edges: [...existing.edges, ...added] };
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          comments: { keyArgs: ['filter', 'orderBy'], merge: mergeCommentPages },
          // "Load more" on the audit page appends like the inbox's infinite scroll.
          auditEvents: { keyArgs: ['filter'], merge: mergeCommentPages },
          // Pages of one list share a page size, so `first` keeps pickers (e.g. the open cases
          // to add a comment to) apart from the cases page that lists the same filter.
          cases: { keyArgs: ['filter', 'orderBy', 'first'], merge: mergeCommentPages },
        },
      },
      // Counts have no id: a fresh set replaces the stored one field by field.
      InboxCounts: { merge: true },
      // A channel's connection has no id of its own: the reply panel reads two fields of it and
      // the channels page all of them, so each answer updates the stored one field by field.
      ChannelConnection: { merge: true },
      PageInfo: { merge: true },
    },
  });
}

export interface CreateApolloClientOptions {
  /** The terminating link; HTTP to `/graphql` on the same origin when omitted. */
  link?: ApolloLink;
  /** Called when the server says there is no session (never signed in, expired or signed out). */
  onUnauthenticated?: () => void;
  /** Told when the live-update socket connects or drops. */
  onSocketStatus?: (status: 'connected' | 'disconnected') => void;
}

/**
 * Operations whose UNAUTHENTICATED means "that password is not right", not "sign in": their own
 * form shows the error, and sending the person to the sign-in page would lose what they typed.
 */
const CREDENTIAL_OPERATIONS: ReadonlySet<string> = new Set(['SignIn', 'ChangePassword']);

function createErrorLink(options: CreateApolloClientOptions): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    const code = errorCodeOf(error);
    switch (code) {
      case 'UNAUTHENTICATED':
        if (!CREDENTIAL_OPERATIONS.has(operation.operationName ?? '')) {
          options.onUnauthenticated?.();
        }
        break;
      case 'INTERNAL':
      case 'NETWORK':
        // Operation name and code only: messages and variables can carry comment text.
        console.error(`[bedside] ${operation.operationName ?? 'operation'} failed: ${code}`);
        break;
      case 'BAD_USER_INPUT':
      case 'NOT_FOUND':
      case 'FORBIDDEN':
      case 'CONFLICT':
      case 'RATE_LIMITED':
        // Shown where it happened, by the component that made the request.
        break;
    }
  });
}

/** graphql-ws close codes the server uses when a socket has no (or no longer a) session. */
const SOCKET_UNAUTHORIZED = 4401;
const SOCKET_FORBIDDEN = 4403;

/**
 * Queries and mutations over HTTP; subscriptions over one WebSocket (graphql-ws) to the same
 * origin, which sends the session cookie. The socket opens with the first subscription, retries
 * with backoff when the network drops, and sends the person to sign in when the server closes it
 * for want of a session.
 */
function createHttpAndSocketLink(options: CreateApolloClientOptions): ApolloLink {
  const http = new HttpLink({ uri: '/graphql' });
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const sockets = createClient({
    url: `${protocol}//${window.location.host}/graphql`,
    retryAttempts: Infinity,
    shouldRetry: (event) => {
      const code = (event as { code?: number } | null)?.code;
      if (code === SOCKET_UNAUTHORIZED || code === SOCKET_FORBIDDEN) {
        options.onUnauthenticated?.();
        return false;
      }
      return true;
    },
    on: {
      connected: () => options.onSocketStatus?.('connected'),
      closed: () => options.onSocketStatus?.('disconnected'),
    },
  });
  return ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return 'operation' in definition && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    new GraphQLWsLink(sockets),
    http,
  );
}

export function createApolloClient(options: CreateApolloClientOptions = {}): ApolloClient {
  const terminating = options.link ?? createHttpAndSocketLink(options);
  return new ApolloClient({
    link: ApolloLink.from([createErrorLink(options), terminating]),
    cache: createCache(),
    defaultOptions: {
      // Show what the cache has at once, then refresh it: teammates change statuses too.
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
