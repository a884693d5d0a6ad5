import { isRole, type Role } from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { hashPassword, passwordProblem } from '../auth/secrets';
import { SessionEntity } from '../auth/session.entity';
import { AppError, badInput, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { Transactor } from '../database/transactor';
import { DomainEvents } from '../events/domain-events';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  displayName?: string | null;
  role: Role;
  password: string;
}

/** What an admin may change on an account; omitted or null fields stay as they are. */
export interface UserChanges {
  displayName?: string | null;
  role?: Role | null;
  /** false deactivates (signs the person out everywhere), true reactivates. */
  active?: boolean | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_DISPLAY_NAME = 200;

/** Postgres advisory-lock key that serialises changes which could remove the last admin. */
const ADMIN_CHANGE_LOCK = 7_370_002;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function checkedPassword(password: string): string {
  const problem = passwordProblem(password);
  if (problem) {
    throw badInput(problem);
  }
  return password;
}

function checkedDisplayName(displayName: string): string {
  const trimmed = displayName.trim();
  if (trimmed === '' || trimmed.length > MAX_DISPLAY_NAME) {
    throw badInput(`The name must have 1 to ${MAX_DISPLAY_NAME} characters.`);
  }
  return trimmed;
}

export function isActiveUser(user: Pick<UserEntity, 'disabledAt'>): boolean {
  return user.disabledAt === null;
}

/**
 * Team accounts for the CLI and the admin page. Every change is written with its audit event in
 * one transaction; argon2 hashing happens before the transaction so a turn stays short.
 */
@Injectable()
export class UsersService {
  private readonly postgres: boolean;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly transactor: Transactor,
    private readonly events: DomainEvents,
  ) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  private get users() {
    return this.dataSource.getRepository(UserEntity);
  }

  /** Creates an account; `actor` is the admin who did it (null from the CLI). */
  async create(input: NewUser, actor: Actor | null = null): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    if (!EMAIL.test(email) || email.length > 320) {
      throw badInput('Enter a valid e-mail address.');
    }
    if (!isRole(input.role)) {
      throw badInput('The role must be agent, reviewer, manager or admin.');
    }
    const displayName = checkedDisplayName(input.displayName?.trim() || email.split('@')[0]);
    const passwordHash = await hashPassword(checkedPassword(input.password));
    return this.transactor.run(async (manager) => {
      if (await manager.existsBy(UserEntity, { email })) {
        throw new AppError('CONFLICT', `A user with the e-mail ${email} already exists.`);
      }
      const user: UserEntity = {
        id: newId(),
        email,
        displayName,
        role: input.role,
        passwordHash,
        failedSignIns: 0,
        lockedUntil: null,
        lastSignInAt: null,
        disabledAt: null,
        createdAt: this.clock.now(),
      };
      await manager.insert(UserEntity, user);
      await this.audit.record(manager, {
        actor,
        action: 'user.created',
        targetType: 'user',
        targetId: user.id,
        details: { role: user.role },
      });
      return user;
    });
  }

  /**
   * Renames, changes the role of, deactivates or reactivates an account. A new role or a
   * deactivation ends the person's sessions at once. Bedside always keeps one active admin, and
   * an admin cannot take their own admin rights away (someone else has to), so nobody locks the
   * team out of its own settings by accident.
   */
  async update(id: string, changes: UserChanges, actor: Actor | null): Promise<UserEntity> {
    const displayName =
      changes.displayName == null ? null : checkedDisplayName(changes.displayName);
    if (changes.role != null && !isRole(changes.role)) {
      throw badInput('The role must be agent, reviewer, manager or admin.');
    }
    const { user, endedSessionIds } = await this.transactor.run(async (manager) => {
      await this.lockAdminChanges(manager);
      const user = await manager.findOneBy(UserEntity, { id });
      if (!user) {
        throw notFound('That team member');
      }
      const role = changes.role ?? user.role;
      const wasActive = isActiveUser(user);
      const active = changes.active ?? wasActive;
      if (user.role === 'admin' && wasActive && (role !== 'admin' || !active)) {
        await this.checkAdminMayLeave(manager, user, actor);
      }
      const details: Record<string, unknown> = {};
      const patch: Partial<UserEntity> = {};
      if (displayName !== null && displayName !== user.displayName) {
        patch.displayName = displayName;
        details['renamed'] = true;
      }
      if (role !== user.role) {
        patch.role = role;
        details['previousRole'] = user.role;
        details['role'] = role;
      }
      if (active !== wasActive) {
        patch.disabledAt = active ? null : this.clock.now();
        details[active ? 'reactivated' : 'deactivated'] = true;
      }
      if (Object.keys(patch).length === 0) {
        return { user, endedSessionIds: [] };
      }
      await manager.update(UserEntity, { id }, patch);
      const ended =
        patch.role !== undefined || patch.disabledAt ? await this.endSessions(manager, id) : [];
      if (ended.length > 0) {
        details['sessionsEnded'] = ended.length;
      }
      await this.audit.record(manager, {
        actor,
        action: 'user.updated',
        targetType: 'user',
        targetId: id,
        details,
      });
      return { user: { ...user, ...patch }, endedSessionIds: ended };
    });
    this.publishEndedSessions(endedSessionIds);
    return user;
  }

  /**
   * An administrator's password reset (admin page or CLI): sets the new password, lifts a
   * lock-out and ends every session, since a reset usually means the old password got out.
   */
  async resetPassword(id: string, password: string, actor: Actor | null): Promise<UserEntity> {
    const passwordHash = await hashPassword(checkedPassword(password));
    const { user, endedSessionIds } = await this.transactor.run(async (manager) => {
      const found = await manager.findOneBy(UserEntity, { id });
      if (!found) {
        throw notFound('That team member');
      }
      const patch = { passwordHash, failedSignIns: 0, lockedUntil: null };
      await manager.update(UserEntity, { id }, patch);
      const ended = await this.endSessions(manager, id);
      await this.audit.record(manager, {
        actor,
        action: 'user.password_reset',
        targetType: 'user',
        targetId: id,
        details: { sessionsEnded: ended.length },
      });
      return { user: { ...found, ...patch }, endedSessionIds: ended };
    });
    this.publishEndedSessions(endedSessionIds);
    return user;
  }

  /** `bedside user set-password`: a reset by e-mail, made by the system. */
  async setPassword(email: string, password: string): Promise<UserEntity> {
    const user = await this.findByEmail(email);
    if (!user) {
      throw new AppError('NOT_FOUND', `No user has the e-mail ${normalizeEmail(email)}.`);
    }
    return this.resetPassword(user.id, password, null);
  }

  /** Every account, deactivated ones included, by name. */
  async list(): Promise<UserEntity[]> {
    const users = await this.users.find();
    return users.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
  }

  /** Accounts that can sign in, by name: who work can be handed to. */
  async listActive(): Promise<UserEntity[]> {
    const users = await this.users.findBy({ disabledAt: IsNull() });
    return users.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.findBy({ id: In([...ids]) });
  }

  count(): Promise<number> {
    return this.users.count();
  }

  /**
   * Two admins demoting each other at the same moment would each still see the other: on
   * PostgreSQL such changes take turns (SQLite's Transactor already runs one at a time).
   */
  private async lockAdminChanges(manager: EntityManager): Promise<void> {
    if (this.postgres) {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [ADMIN_CHANGE_LOCK]);
    }
  }

  private async checkAdminMayLeave(
    manager: EntityManager,
    admin: UserEntity,
    actor: Actor | null,
  ): Promise<void> {
    if (actor?.userId === admin.id) {
      throw badInput(
        'You cannot remove your own admin role or deactivate yourself: ask another admin to do it.',
      );
    }
    const activeAdmins = await manager.countBy(UserEntity, { role: 'admin', disabledAt: IsNull() });
    if (activeAdmins <= 1) {
      throw badInput('Bedside needs at least one active admin: make someone else an admin first.');
    }
  }

  /** Signs the person out everywhere; returns the ids of the sessions that ended. */
  private async endSessions(manager: EntityManager, userId: string): Promise<string[]> {
    const sessions = await manager.find(SessionEntity, { select: { id: true }, where: { userId } });
    if (sessions.length > 0) {
      await manager.delete(SessionEntity, { userId });
    }
    return sessions.map((session) => session.id);
  }

  /** After commit: live connections opened with those sessions close. */
  private publishEndedSessions(sessionIds: readonly string[]): void {
    for (const sessionId of sessionIds) {
      this.events.publish({ type: 'session.ended', sessionId });
    }
  }
}
