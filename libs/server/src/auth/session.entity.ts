import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

import { TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';

/** A signed-in browser. Only the SHA-256 of the cookie's token is stored. */
@Entity('sessions')
@Unique('UQ_sessions_token_hash', ['tokenHash'])
@Index('IDX_sessions_user', ['userId'])
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_sessions_user' })
  user?: UserEntity;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn()
  lastSeenAt!: Date;

  @TimestampColumn()
  expiresAt!: Date;
}
