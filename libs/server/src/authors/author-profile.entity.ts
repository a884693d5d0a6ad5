import { AUTHOR_FLAGS, type AuthorFlag } from '@bedside/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';

import { inListCheck, TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';

/**
 * What the team keeps about one author (recognised across channels by `authorKey`): a watch or
 * block flag and, in author_notes, their notes. Created the first time someone flags or notes
 * an author. Deliberately nothing health-related: no triage labels, intents, urgency or PHI.
 */
@Entity('author_profiles')
@Unique('UQ_author_profiles_key', ['authorKey'])
@Check('CHK_author_profiles_flag', inListCheck('flag', AUTHOR_FLAGS))
@Index('IDX_author_profiles_flag', ['flag'])
export class AuthorProfileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** `authorKeyOf` of libs/domain, as stored on their comments. */
  @Column({ type: 'varchar', length: 200 })
  authorKey!: string;

  @Column({ type: 'varchar', length: 8, default: 'none' })
  flag!: AuthorFlag;

  @TimestampColumn({ nullable: true })
  flagChangedAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  flagChangedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'flag_changed_by_id',
    foreignKeyConstraintName: 'FK_author_profiles_flag_changed_by',
  })
  flagChangedBy?: UserEntity | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  flagChangedByName!: string | null;

  @TimestampColumn()
  createdAt!: Date;
}
