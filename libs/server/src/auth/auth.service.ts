import { type Role } from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { AppError, badInput } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { DomainEvents } from '../events/domain-events';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { type Actor } from './actor';
import { ApiTokenEntity } from './api-token.entity';
import { hashPassword, hashSecret, newSecret, passwordProblem, verifyPassword } from './secrets';
import { SessionEntity } from './session.entity';

/** Failed sign-ins in a row that lock an account, and for how long. */
export const LOCKOUT_AFTER_FAILURES = 5;
export const LOCKOUT_MS = 15 * 60_000;
/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 12 * 60 * 60_000;
/** last_seen_at / last_used_at are written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

const WRONG_CREDENTIALS = 'The e-mail or password is not right.';

export interface SignedIn {
  user: UserEntity;
  /** The secret for the session cookie; shown once, stored only as a hash. */
  sessionToken: string;
  expiresAt: Date;
}

export interface CreatedToken {
  token: ApiTokenEntity;
  /** The bearer secret; shown once, stored only as a hash. */
  secret: string;
}

/**
 * Sign-in, sessions and API tokens. Local passwords today; a single-sign-on provider later only
 * needs to find or create the UserEntity and call `startSession`.
 */
@Injectable()
export class AuthService {
  /** Compared against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password. */
  private readonly decoyHash = hashPassword(newSecret('bss'));

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  async signIn(email: string, password: string): Promise<SignedIn> {
    const user = await this.users.findByEmail(email);
    const now = this.clock.now();
    if (!user || !user.passwordHash || user.disabledAt) {
      await verifyPassword(await this.decoyHash, password);
      await this.audit.recordNow({
        actor: null,
        action: 'auth.sign_in_failed',
        targetType: 'user',
        targetId: user?.id ?? null,
        details: { reason: user ? 'disabled' : 'unknown_account' },
      });
      throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      await this.audit.recordNow({
        actor: null,
        action: 'auth.sign_in_failed',
        targetType: 'user',
        targetId: user.id,
        details: { reason: 'locked' },
      });
      throw new AppError(
        'RATE_LIMITED',
        'Too many failed sign-ins: this account is locked for 15 minutes.',
      );
    }
    const repository = this.dataSource.getRepository(UserEntity);
    if (!(await verifyPassword(user.passwordHash, password))) {
      const failures = user.failedSignIns + 1;
      const locked = failures >= LOCKOUT_AFTER_FAILURES;
      await repository.update(
        { id: user.id },
        {
          failedSignIns: locked ? 0 : failures,
          lockedUntil: locked ? new Date(now.getTime() + LOCKOUT_MS) : null,
        },
      );
      await this.audit.recordNow({
        actor: null,
        action: locked ? 'auth.account_locked' : 'auth.sign_in_failed',
        targetType: 'user',
        targetId: user.id,
        details: { reason: 'wrong_password', failures },
      });
      throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    await repository.update(
      { id: user.id },
      { failedSignIns: 0, lockedUntil: null, lastSignInAt: now },
    );
    await this.audit.recordNow({
      actor: {
        kind: 'user',
        id: user.id,
        userId: user.id,
        role: user.role,
        displayName: user.displayName,
        sessionId: null,
      },
      action: 'auth.signed_in',
      targetType: 'user',
      targetId: user.id,
    });
    return { user, ...(await this.startSession(user.id)) };
  }

  async startSession(userId: string): Promise<{ sessionToken: string; expiresAt: Date }> {
    const now = this.clock.now();
    const sessionToken = newSecret('bss');
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
    await this.dataSource.getRepository(SessionEntity).insert({
      id: newId(),
      tokenHash: hashSecret(sessionToken),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    });
    return { sessionToken, expiresAt };
  }

  async signOut(sessionId: string, actor: Actor | null = null): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ id: sessionId });
    await this.audit.recordNow({
      actor,
      action: 'auth.signed_out',
      targetType: 'user',
      targetId: actor?.userId ?? null,
    });
    this.events.publish({ type: 'session.ended', sessionId });
  }

  /** The person behind a session cookie, or null when it is unknown, expired or disabled. */
  async actorForSession(
    sessionToken: string,
    options: { touch?: boolean } = {},
  ): Promise<Actor | null> {
    const sessions = this.dataSource.getRepository(SessionEntity);
    const session = await sessions.findOne({
      where: { tokenHash: hashSecret(sessionToken) },
      relations: { user: true },
    });
    const now = this.clock.now();
    if (!session?.user || session.user.disabledAt || session.expiresAt <= now) {
      return null;
    }
    if (options.touch !== false && now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await sessions.update(
        { id: session.id },
        { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) },
      );
    }
    return {
      kind: 'user',
      id: session.user.id,
      userId: session.user.id,
      role: session.user.role,
      displayName: session.user.displayName,
      sessionId: session.id,
    };
  }

  /** The integration behind a bearer token, or null when it is unknown or revoked. */
  async actorForApiToken(secret: string): Promise<Actor | null> {
    const tokens = this.dataSource.getRepository(ApiTokenEntity);
    const token = await tokens.findOneBy({ tokenHash: hashSecret(secret), revokedAt: IsNull() });
    if (!token) {
      return null;
    }
    const now = this.clock.now();
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await tokens.update({ id: token.id }, { lastUsedAt: now });
    }
    return {
      kind: 'token',
      id: token.id,
      userId: null,
      role: token.role,
      displayName: `API token "${token.name}"`,
      sessionId: null,
    };
  }

  async createApiToken(input: {
    name: string;
    role: Role;
    createdById: string | null;
    actor?: Actor | null;
  }): Promise<CreatedToken> {
    const name = input.name.trim();
    if (name === '' || name.length > 200) {
      throw badInput('Give the token a name of 1 to 200 characters.');
    }
    const secret = newSecret('bst');
    const token: ApiTokenEntity = {
      id: newId(),
      name,
      tokenHash: hashSecret(secret),
      role: input.role,
      createdById: input.createdById,
      createdAt: this.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.dataSource.getRepository(ApiTokenEntity).insert(token);
    await this.audit.recordNow({
      actor: input.actor ?? null,
      action: 'api_token.created',
      targetType: 'api_token',
      targetId: token.id,
      details: { role: token.role },
    });
    return { token, secret };
  }

  async revokeApiToken(id: string, actor: Actor | null = null): Promise<ApiTokenEntity> {
    const tokens = this.dataSource.getRepository(ApiTokenEntity);
    const token = await tokens.findOneBy({ id });
    if (!token) {
      throw new AppError('NOT_FOUND', 'That API token was not found.');
    }
    token.revokedAt ??= this.clock.now();
    await tokens.update({ id }, { revokedAt: token.revokedAt });
    await this.audit.recordNow({
      actor,
      action: 'api_token.revoked',
      targetType: 'api_token',
      targetId: id,
    });
    return token;
  }

  listApiTokens(): Promise<ApiTokenEntity[]> {
    return this.dataSource.getRepository(ApiTokenEntity).find({ order: { createdAt: 'DESC' } });
  }

  async changePassword(userId: string, current: string, next: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
      throw new AppError('UNAUTHENTICATED', 'The current password is not right.');
    }
    const problem = passwordProblem(next);
    if (problem) {
      throw badInput(problem);
    }
    await this.dataSource
      .getRepository(UserEntity)
      .update({ id: userId }, { passwordHash: await hashPassword(next) });
    await this.audit.recordNow({
      actor: null,
      action: 'user.password_changed',
      targetType: 'user',
      targetId: userId,
    });
  }
}
