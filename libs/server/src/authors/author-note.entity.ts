import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';
import { AuthorProfileEntity } from './author-profile.entity';

/**
 * An internal note of the team about an author ("asked to stop DMing staff"). Never posted,
 * never in logs or audit details: the trail records that a note was added, not what it says.
 */
@Entity('author_notes')
@Index('IDX_author_notes_profile', ['profileId', 'createdAt'])
export class AuthorNoteEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  profileId!: string;

  @ManyToOne(() => AuthorProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'FK_author_notes_profile' })
  profile?: AuthorProfileEntity;

  /** Null once the writer's account is deleted; the name stays. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  writtenById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'written_by_id', foreignKeyConstraintName: 'FK_author_notes_written_by' })
  writtenBy?: UserEntity | null;

  @Column({ type: 'varchar', length: 200 })
  writtenByName!: string;

  @Column({ type: 'text' })
  body!: string;

  @TimestampColumn()
  createdAt!: Date;
}
