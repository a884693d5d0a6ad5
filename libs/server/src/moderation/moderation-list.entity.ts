import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { inListCheck, TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';

export const MODERATION_LIST_KINDS = ['banned_word', 'suspect_word', 'trusted_domain'] as const;
export type ModerationListKind = (typeof MODERATION_LIST_KINDS)[number];

/**
 * One of the managers' lists, whole: lists are short (at most a thousand entries) and always
 * read and replaced together. A missing row is an empty list.
 */
@Entity('moderation_lists')
@Check('CHK_moderation_lists_kind', inListCheck('kind', MODERATION_LIST_KINDS))
export class ModerationListEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: ModerationListKind;

  @Column({ type: 'simple-json' })
  entries!: string[];

  @TimestampColumn()
  updatedAt!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'FK_moderation_lists_updated_by' })
  updatedBy?: UserEntity | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  updatedByName!: string | null;
}
