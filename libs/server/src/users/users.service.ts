import { isRole, type Role } from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { hashPassword, passwordProblem } from '../auth/secrets';
import { AppError, badInput } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  displayName?: string | null;
  role: Role;
  password: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  private get users() {
    return this.dataSource.getRepository(UserEntity);
  }

  async create(input: NewUser): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    if (!EMAIL.test(email) || email.length > 320) {
      throw badInput('Enter a valid e-mail address.');
    }
    if (!isRole(input.role)) {
      throw badInput('The role must be agent, reviewer, manager or admin.');
    }
    const problem = passwordProblem(input.password);
    if (problem) {
      throw badInput(problem);
    }
    if (await this.users.existsBy({ email })) {
      throw new AppError('CONFLICT', `A user with the e-mail ${email} already exists.`);
    }
    const user: UserEntity = {
      id: newId(),
      email,
      displayName: input.displayName?.trim() || email.split('@')[0],
      role: input.role,
      passwordHash: await hashPassword(input.password),
      failedSignIns: 0,
      lockedUntil: null,
      lastSignInAt: null,
      disabledAt: null,
      createdAt: this.clock.now(),
    };
    await this.users.insert(user);
    await this.audit.recordNow({
      actor: null,
      action: 'user.created',
      targetType: 'user',
      targetId: user.id,
      details: { role: user.role },
    });
    return user;
  }

  /** Sets a new password (an administrator's reset) and lifts any lock-out. */
  async setPassword(email: string, password: string): Promise<UserEntity> {
    const user = await this.findByEmail(email);
    if (!user) {
      throw new AppError('NOT_FOUND', `No user has the e-mail ${normalizeEmail(email)}.`);
    }
    const problem = passwordProblem(password);
    if (problem) {
      throw badInput(problem);
    }
    await this.users.update(
      { id: user.id },
      { passwordHash: await hashPassword(password), failedSignIns: 0, lockedUntil: null },
    );
    await this.audit.recordNow({
      actor: null,
      action: 'user.password_reset',
      targetType: 'user',
      targetId: user.id,
    });
    return user;
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  count(): Promise<number> {
    return this.users.count();
  }
}
