import { type Role, roleAtLeast } from '@bedside/domain';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type FastifyRequest } from 'fastify';

import { AppError } from '../common/app-error';
import { type Actor } from './actor';
import { AuthService } from './auth.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

export const SESSION_COOKIE = 'bedside_session';

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor | null };

/** The HTTP request behind a resolver or controller call. */
export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
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
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = requestOf(context);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      return true;
    }
    const actor = await this.actorOf(request);
    if (!actor) {
      throw new AppError('UNAUTHENTICATED');
    }
    const required = this.reflector.getAllAndOverride<Role | undefined>(ROLES_KEY, targets);
    if (!required || !roleAtLeast(actor.role, required)) {
      throw new AppError('FORBIDDEN');
    }
    return true;
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
