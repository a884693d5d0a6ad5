import { type Role, roleAtLeast } from '@bedside/domain';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type FastifyReply, type FastifyRequest } from 'fastify';

import { AppError } from '../common/app-error';
import { addRetryAfterHeader, RateLimitService } from '../rate-limit/rate-limit.service';
import { type Actor } from './actor';
import { AuthService } from './auth.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

export const SESSION_COOKIE = 'bedside_session';

export type AuthenticatedRequest = FastifyRequest & {
  actor?: Actor | null;
  /** The rate-limit verdict for this request, shared by all its root fields. */
  rateLimitVerdict?: Promise<void>;
};

/** The HTTP request behind a resolver or controller call. */
export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The HTTP reply behind a resolver or controller call (absent over a WebSocket). */
function replyOf(context: ExecutionContext): FastifyReply | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ reply?: FastifyReply }>().reply;
  }
  return context.switchToHttp().getResponse<FastifyReply>();
}

/** Whose request budget a call spends: the session, the API token, or the address when signed out. */
function callerKey(request: AuthenticatedRequest, actor: Actor | null): string {
  if (actor?.sessionId) {
    return `session:${actor.sessionId}`;
  }
  if (actor) {
    return `${actor.kind}:${actor.id}`;
  }
  return `ip:${request.ip ?? 'unknown'}`;
}

/**
 * Global and deny-by-default: every resolver and route must say who may call it with `@Roles`
 * or `@Public`; one that says neither is refused to everyone, so a forgotten decorator fails
 * closed, not open.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = requestOf(context);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      return true;
    }
    const actor = await this.actorOf(request);
    // Counted before the credentials are judged, so guessing tokens spends the address's budget.
    await this.spendRequestBudget(context, request, actor);
    if (!actor) {
      throw new AppError('UNAUTHENTICATED');
    }
    const required = this.reflector.getAllAndOverride<Role | undefined>(ROLES_KEY, targets);
    if (!required || !roleAtLeast(actor.role, required)) {
      throw new AppError('FORBIDDEN');
    }
    return true;
  }

  /**
   * One count per HTTP request, however many root fields it asks for. Public routes (sign-in
   * with its own limits, /health) spend nothing.
   */
  private async spendRequestBudget(
    context: ExecutionContext,
    request: AuthenticatedRequest,
    actor: Actor | null,
  ): Promise<void> {
    request.rateLimitVerdict ??= this.rateLimits.consumeRequest(callerKey(request, actor));
    try {
      await request.rateLimitVerdict;
    } catch (error) {
      addRetryAfterHeader(replyOf(context), error);
      throw error;
    }
  }

  /** Resolves the caller once per request (field resolvers reuse it). */
  private async actorOf(request: AuthenticatedRequest): Promise<Actor | null> {
    if (request.actor !== undefined) {
      return request.actor;
    }
    const header = request.headers.authorization;
    let actor: Actor | null = null;
    if (typeof header === 'string' && /^bearer /i.test(header)) {
      actor = await this.auth.actorForApiToken(header.slice(7).trim());
    } else {
      const cookie = (request as { cookies?: Record<string, string | undefined> }).cookies?.[
        SESSION_COOKIE
      ];
      actor = cookie ? await this.auth.actorForSession(cookie) : null;
    }
    request.actor = actor;
    return actor;
  }
}
