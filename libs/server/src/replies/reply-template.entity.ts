import { TEMPLATE_SITUATIONS, type TemplateSituation } from '@bedside/compliance';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

import { inListCheck, TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';

/**
 * A template the team wrote or changed. A row whose key is a built-in template's key overrides
 * it (or, disabled, removes it from drafting); other rows are the team's own templates.
 */
@Entity('reply_templates')
@Unique('UQ_reply_templates_key', ['key'])
@Check('CHK_reply_templates_situation', inListCheck('situation', TEMPLATE_SITUATIONS))
export class ReplyTemplateEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  situation!: TemplateSituation;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', nullable: true })
  shortBody!: string | null;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'varchar', length: 36, nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'FK_reply_templates_updated_by' })
  updatedBy?: UserEntity | null;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn()
  updatedAt!: Date;
}
