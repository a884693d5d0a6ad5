import { type IncomingMessage } from 'node:http';

import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type Context as WsContext, type ServerOptions } from 'graphql-ws';
import { type WebSocket } from 'ws';

import { type Actor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { type GraphQLContext, LoadersFactory } from '../common/loaders';
import { DomainEvents } from '../events/domain-events';
import { credentialsOf, isSameOrigin, type SocketRequest, socketRequestOf } from './ws-auth';

/** What graphql-ws keeps for each socket (its `extra`). */
interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  /** Set once the connection is accepted. */
  socketRequest?: SocketRequest;
  actor?: Actor;
}

type SocketContext = WsContext<Record<string, unknown> | undefined, SocketExtra>;

/** graphql-ws close codes: 4401 "Unauthorized", 4403 "Forbidden". */
const CLOSE_UNAUTHORIZED = 4401;
const CLOSE_FORBIDDEN = 4403;

/** How often an open socket's session is checked again (sign-outs and expiry close it). */
export const SOCKET_RECHECK_MS = 30_000;

/**
 * The GraphQL-over-WebSocket side of the API (graphql-ws protocol, on `/graphql`). A socket is
 * accepted only from this origin and with a live session or API token; each subscription then
 * passes the same global auth guard as a query, through a context shaped like an HTTP request.
 * Sockets whose session ends (sign-out, expiry, deactivation) are closed within SOCKET_RECHECK_MS.
 */
@Injectable()
export class SubscriptionServer implements OnModuleDestroy {
  private readonly logger = new Logger(SubscriptionServer.name);
  private readonly open = new Set<SocketExtra>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly auth: AuthService,
    private readonly loaders: LoadersFactory,
    events: DomainEvents,
  ) {
    this.timer = setInterval(() => void this.recheckAll(), SOCKET_RECHECK_MS);
    this.timer.unref();
    events.on('session.ended', ({ sessionId }) => {
      for (const extra of this.open) {
        if (extra.actor?.sessionId === sessionId) {
          extra.socket.close(CLOSE_UNAUTHORIZED, 'Signed out');
        }
      }
    });
  }

  /** Options for `subscriptions: { 'graphql-ws': … }` of the GraphQL module. */
  options(): Pick<ServerOptions, 'onConnect' | 'onClose'> {
    return {
      onConnect: async (wsContext) => {
        const context = wsContext as SocketContext;
        const extra = context.extra;
        if (!isSameOrigin(extra.request)) {
          extra.socket.close(CLOSE_FORBIDDEN, 'Forbidden');
          return false;
        }
        const socketRequest = socketRequestOf(extra.request, context.connectionParams);
        const actor = await this.actorOf(socketRequest);
        if (!actor) {
          extra.socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized');
          return false;
        }
        extra.socketRequest = socketRequest;
        extra.actor = actor;
        this.open.add(extra);
        return true;
      },
      onClose: (wsContext) => {
        this.open.delete((wsContext as SocketContext).extra);
      },
    };
  }

  /**
   * The GraphQL context of a subscription operation, when the GraphQL module's context function
   * is called by graphql-ws (its first argument is then the socket's context, not a request);
   * null for HTTP requests. A fresh request object per operation: the guard resolves (and
   * caches) the caller on it.
   */
  contextFor(first: unknown): GraphQLContext | null {
    const extra = (first as Partial<SocketContext> | null)?.extra;
    if (!extra || typeof extra !== 'object' || !('socket' in extra)) {
      return null;
    }
    return {
      loaders: this.loaders.create(),
      req: { ...(extra.socketRequest ?? { headers: {}, cookies: {} }), actor: undefined },
      reply: null,
    };
  }

  /** How many sockets are open (for health and tests). */
  get openSockets(): number {
    return this.open.size;
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async actorOf(request: SocketRequest): Promise<Actor | null> {
    const credentials = credentialsOf(request);
    if (!credentials) {
      return null;
    }
    return credentials.kind === 'bearer'
      ? this.auth.actorForApiToken(credentials.secret)
      : this.auth.actorForSession(credentials.secret, { touch: false });
  }

  private async recheckAll(): Promise<void> {
    for (const extra of [...this.open]) {
      try {
        const actor = extra.socketRequest ? await this.actorOf(extra.socketRequest) : null;
        if (!actor) {
          extra.socket.close(CLOSE_UNAUTHORIZED, 'Session ended');
        } else {
          extra.actor = actor;
        }
      } catch {
        this.logger.warn('Could not re-check a socket session; will retry');
      }
    }
  }
}
