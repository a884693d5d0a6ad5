import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';

/** The one row of organisation settings (id `default`); absent until an admin first saves. */
@Entity('organisation_settings')
export class OrganisationSettingsEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id!: string;

  /** `OrganisationSettings` of libs/compliance, as JSON: the checker's allowlist and the templates' tokens. */
  @Column({ type: 'simple-json' })
  settings!: Record<string, unknown>;

  /** `StoredAiDrafting`, as JSON. Holds the model key: never sent to a client, logged or audited. */
  @Column({ type: 'simple-json' })
  aiDrafting!: Record<string, unknown>;

  @TimestampColumn()
  updatedAt!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'updated_by_id',
    foreignKeyConstraintName: 'FK_organisation_settings_updated_by',
  })
  updatedBy?: UserEntity | null;
}
