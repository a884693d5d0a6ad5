import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type FastifyReply } from 'fastify';

import { AppError } from '../common/app-error';
import { APP_CONFIG } from '../config/config.module';
import { type AppConfig } from '../config/env.schema';
import { addRetryAfterHeader, RateLimitService } from '../rate-limit/rate-limit.service';
import { UsersService } from '../users/users.service';
import { type Actor } from './actor';
import { type ApiTokenEntity } from './api-token.entity';
import { type AuthenticatedRequest, SESSION_COOKIE } from './auth.guard';
import { AuthService, SESSION_IDLE_MS } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import {
  ApiToken,
  ChangePasswordInput,
  CreateApiTokenInput,
  CreatedApiToken,
  SignInInput,
  Viewer,
} from './dto/auth.types';
import { Public, Roles } from './roles.decorator';

interface HttpContext {
  req: AuthenticatedRequest;
  reply: FastifyReply;
}

function toApiToken(token: ApiTokenEntity): ApiToken {
  return {
    id: token.id,
    name: token.name,
    role: token.role,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => Viewer, {
    description:
      'Signs in with e-mail and password and sets the httpOnly session cookie. Five wrong passwords in a row lock the account for 15 minutes; too many attempts from one address or for one e-mail are refused with RATE_LIMITED and `extensions.retryAfterSeconds`.',
  })
  async signIn(
    @Args('input') input: SignInInput,
    @Context() context: HttpContext,
  ): Promise<Viewer> {
    try {
      await this.rateLimits.consumeSignIn(context.req.ip, input.email);
    } catch (error) {
      addRetryAfterHeader(context.reply, error);
      throw error;
    }
    const { user, sessionToken } = await this.auth.signIn(input.email, input.password);
    void context.reply.setCookie(SESSION_COOKIE, sessionToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.env === 'production',
      path: '/',
      maxAge: Math.floor(SESSION_IDLE_MS / 1000),
    });
    return { id: user.id, email: user.email, displayName: user.displayName, role: user.role };
  }

  @Roles('agent')
  @Mutation(() => Boolean, { description: 'Ends this browser session and clears its cookie.' })
  async signOut(@CurrentActor() actor: Actor, @Context() context: HttpContext): Promise<boolean> {
    if (actor.sessionId) {
      await this.auth.signOut(actor.sessionId, actor);
    }
    void context.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Roles('agent')
  @Query(() => Viewer, { description: 'Who is calling: the signed-in person or the API token.' })
  async viewer(@CurrentActor() actor: Actor): Promise<Viewer> {
    const user = actor.userId ? await this.users.findById(actor.userId) : null;
    return {
      id: actor.id,
      email: user?.email ?? null,
      displayName: actor.displayName,
      role: actor.role,
    };
  }

  @Roles('agent')
  @Mutation(() => Boolean, { description: "Changes the signed-in person's password." })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    if (!actor.userId) {
      throw new AppError('FORBIDDEN', 'An API token has no password.');
    }
    await this.auth.changePassword(actor.userId, input.currentPassword, input.newPassword);
    return true;
  }

  @Roles('admin')
  @Query(() => [ApiToken], { description: 'Every API token, newest first, revoked ones included.' })
  async apiTokens(): Promise<ApiToken[]> {
    return (await this.auth.listApiTokens()).map(toApiToken);
  }

  @Roles('admin')
  @Mutation(() => CreatedApiToken, {
    description: 'Creates an API token for an integration; its secret is returned only here.',
  })
  async createApiToken(
    @Args('input') input: CreateApiTokenInput,
    @CurrentActor() actor: Actor,
  ): Promise<CreatedApiToken> {
    const { token, secret } = await this.auth.createApiToken({
      name: input.name,
      role: input.role,
      createdById: actor.userId,
      actor,
    });
    return { token: toApiToken(token), secret };
  }

  @Roles('admin')
  @Mutation(() => ApiToken, { description: 'Revokes an API token: calls with it are refused.' })
  async revokeApiToken(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ApiToken> {
    return toApiToken(await this.auth.revokeApiToken(id, actor));
  }
}
