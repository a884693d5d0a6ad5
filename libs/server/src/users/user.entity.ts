import { type Role, ROLES } from '@bedside/domain';
import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';

import { inListCheck, TimestampColumn } from '../database/columns';

/** A member of the social team. Emails are stored lower-cased; the password only as argon2id. */
@Entity('users')
@Unique('UQ_users_email', ['email'])
@Check('CHK_users_role', inListCheck('role', ROLES))
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'integer', default: 0 })
  failedSignIns!: number;

  @TimestampColumn({ nullable: true })
  lockedUntil!: Date | null;

  @TimestampColumn({ nullable: true })
  lastSignInAt!: Date | null;

  @TimestampColumn({ nullable: true })
  disabledAt!: Date | null;

  @TimestampColumn()
  createdAt!: Date;
}
