import {
  type AuthorFlag,
  CHANNEL_KINDS,
  type ChannelKind,
  isAuthorFlag,
  MAX_AUTHOR_NOTE_LENGTH,
} from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, Not } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { ChannelEntity } from '../channels/channel.entity';
import { CommentEntity } from '../comments/comment.entity';
import { badInput, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { newId } from '../common/ids';
import { Transactor } from '../database/transactor';
import { AuthorNoteEntity } from './author-note.entity';
import { AuthorProfileEntity } from './author-profile.entity';

/** Most of an author's handles listed (a person rarely has more than a few). */
const MAX_HANDLES = 20;
/** Most notes about one author returned: the panel is a summary, not an archive. */
const MAX_NOTES = 200;
export const DEFAULT_AUTHOR_COMMENTS_PAGE = 20;
export const MAX_AUTHOR_COMMENTS_PAGE = 100;
const CURSOR_ORDER = 'author-newest';

/** One author as the panel shows them: what the platforms say plus the team's flag. */
export interface AuthorView {
  key: string;
  profileId: string | null;
  displayName: string;
  handles: string[];
  channels: ChannelKind[];
  commentCount: number;
  firstSeenAt: Date;
  lastSeenAt: Date;
  flag: AuthorFlag;
  flagChangedAt: Date | null;
  flagChangedByName: string | null;
}

export interface AuthorCommentPage {
  edges: { cursor: string; node: CommentEntity }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * Authors across channels: their comments (by the author key stored on each comment), the
 * team's flag and notes. Flags of watched and blocked authors are kept in memory for
 * ingestion's moderation rules and replaced whenever one changes; this process is the only writer.
 */
@Injectable()
export class AuthorsService {
  private flags: Promise<ReadonlyMap<string, AuthorFlag>> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The flag of every watched or blocked author, by author key. */
  flaggedAuthors(): Promise<ReadonlyMap<string, AuthorFlag>> {
    if (!this.flags) {
      const loading = this.dataSource
        .getRepository(AuthorProfileEntity)
        .find({ select: { authorKey: true, flag: true }, where: { flag: Not('none') } })
        .then((rows) => new Map(rows.map((row) => [row.authorKey, row.flag])));
      // A failed read is retried on the next call instead of being remembered.
      loading.catch(() => {
        if (this.flags === loading) {
          this.flags = null;
        }
      });
      this.flags = loading;
    }
    return this.flags;
  }

  /** The author of a comment; null when the comment names nobody ("Anonymous" without a handle). */
  async forComment(commentId: string): Promise<AuthorView | null> {
    const key = await this.keyOf(commentId);
    return key === null ? null : this.view(key);
  }

  /** The author behind a key, from their comments; null when no comment carries it. */
  async view(key: string): Promise<AuthorView | null> {
    const comments = this.dataSource.getRepository(CommentEntity);
    const newest = await comments.findOne({
      select: { id: true, authorName: true, authorHandle: true, createdAt: true },
      where: { authorKey: key },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    if (!newest) {
      return null;
    }
    const oldest = await comments.findOne({
      select: { id: true, createdAt: true },
      where: { authorKey: key },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const groups = await comments
      .createQueryBuilder('comment')
      .innerJoin(ChannelEntity, 'channel', 'channel.id = comment.channelId')
      .select('comment.authorHandle', 'handle')
      .addSelect('channel.kind', 'kind')
      .addSelect('COUNT(*)', 'count')
      .where('comment.authorKey = :key', { key })
      .groupBy('comment.authorHandle')
      .addGroupBy('channel.kind')
      .getRawMany<{ handle: string | null; kind: ChannelKind; count: string | number }>();
    const profile = await this.dataSource
      .getRepository(AuthorProfileEntity)
      .findOneBy({ authorKey: key });
    const kinds = new Set(groups.map((group) => group.kind));
    const handles = [
      ...new Set(groups.flatMap((group) => (group.handle ? [withAt(group.handle)] : []))),
    ]
      .sort()
      .slice(0, MAX_HANDLES);
    return {
      key,
      profileId: profile?.id ?? null,
      displayName:
        newest.authorName?.trim() ||
        (newest.authorHandle ? withAt(newest.authorHandle) : 'Unknown author'),
      handles,
      channels: CHANNEL_KINDS.filter((kind) => kinds.has(kind)),
      commentCount: groups.reduce((total, group) => total + Number(group.count), 0),
      firstSeenAt: oldest?.createdAt ?? newest.createdAt,
      lastSeenAt: newest.createdAt,
      flag: profile?.flag ?? 'none',
      flagChangedAt: profile?.flagChangedAt ?? null,
      flagChangedByName: profile?.flagChangedByName ?? null,
    };
  }

  /** Everything the author wrote on every channel, newest first, a keyset page at a time. */
  async comments(request: {
    key: string;
    first?: number | null;
    after?: string | null;
  }): Promise<AuthorCommentPage> {
    const first = Math.min(
      Math.max(request.first ?? DEFAULT_AUTHOR_COMMENTS_PAGE, 1),
      MAX_AUTHOR_COMMENTS_PAGE,
    );
    const qb = this.dataSource
      .getRepository(CommentEntity)
      .createQueryBuilder('comment')
      .where('comment.authorKey = :key', { key: request.key })
      .orderBy('comment.createdAt', 'DESC')
      .addOrderBy('comment.id', 'DESC')
      .limit(first + 1);
    if (request.after) {
      const [createdAt, id] = decodeCursor(CURSOR_ORDER, request.after, 2);
      const date = typeof createdAt === 'string' ? new Date(createdAt) : null;
      if (!date || Number.isNaN(date.getTime()) || typeof id !== 'string') {
        throw badInput('The "after" cursor is not valid. Start again from the first page.');
      }
      qb.andWhere('(comment.createdAt, comment.id) < (:createdAt, :id)', { createdAt: date, id });
    }
    const rows = await qb.getMany();
    return {
      edges: rows.slice(0, first).map((node) => ({
        cursor: encodeCursor(CURSOR_ORDER, [node.createdAt.toISOString(), node.id]),
        node,
      })),
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(request.after),
    };
  }

  /** The team's notes about an author, oldest first. */
  async notes(profileId: string | null): Promise<AuthorNoteEntity[]> {
    if (profileId === null) {
      return [];
    }
    return this.dataSource.getRepository(AuthorNoteEntity).find({
      where: { profileId },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: MAX_NOTES,
    });
  }

  /**
   * Watches, blocks or clears the author of a comment. A blocked author's new comments are
   * hidden by the "blocked author" moderation rule; nothing already posted changes.
   */
  async setFlag(request: { commentId: string; flag: AuthorFlag; actor: Actor }): Promise<string> {
    if (!isAuthorFlag(request.flag)) {
      throw badInput('Unknown author flag.');
    }
    const key = await this.requireKey(request.commentId);
    const now = this.clock.now();
    const changed = await this.transactor.run(async (manager) => {
      const profile = await this.ensureProfile(manager, key, now);
      if (profile.flag === request.flag) {
        return false;
      }
      await manager.getRepository(AuthorProfileEntity).update(
        { id: profile.id },
        {
          flag: request.flag,
          flagChangedAt: now,
          flagChangedById: request.actor.userId,
          flagChangedByName: request.actor.displayName,
        },
      );
      await this.audit.record(manager, {
        actor: request.actor,
        action: 'author.flag_changed',
        targetType: 'author',
        targetId: profile.id,
        details: { from: profile.flag, to: request.flag, commentId: request.commentId },
      });
      return true;
    });
    if (changed) {
      this.flags = null;
    }
    return key;
  }

  /** Adds a team note about the author of a comment. */
  async addNote(request: { commentId: string; body: string; actor: Actor }): Promise<string> {
    const body = request.body.trim();
    if (body.length === 0 || body.length > MAX_AUTHOR_NOTE_LENGTH) {
      throw badInput(
        `A note holds 1 to ${MAX_AUTHOR_NOTE_LENGTH.toLocaleString('en-US')} characters.`,
      );
    }
    const key = await this.requireKey(request.commentId);
    const now = this.clock.now();
    await this.transactor.run(async (manager) => {
      const profile = await this.ensureProfile(manager, key, now);
      const note: AuthorNoteEntity = {
        id: newId(),
        profileId: profile.id,
        writtenById: request.actor.userId,
        writtenByName: request.actor.displayName,
        body,
        createdAt: now,
      };
      await manager.getRepository(AuthorNoteEntity).insert(note);
      // The note may say anything about a person: the trail records that it exists, not its text.
      await this.audit.record(manager, {
        actor: request.actor,
        action: 'author.note_added',
        targetType: 'author',
        targetId: profile.id,
        details: { noteId: note.id, commentId: request.commentId },
      });
    });
    return key;
  }

  /** The author keys of comments, for many at once (ingestion's and loaders' lookups). */
  async keysOf(commentIds: readonly string[]): Promise<Map<string, string | null>> {
    const rows = await this.dataSource.getRepository(CommentEntity).find({
      select: { id: true, authorKey: true },
      where: { id: In([...commentIds]) },
    });
    return new Map(rows.map((row) => [row.id, row.authorKey]));
  }

  private async keyOf(commentId: string): Promise<string | null> {
    const comment = await this.dataSource
      .getRepository(CommentEntity)
      .findOne({ select: { id: true, authorKey: true }, where: { id: commentId } });
    if (!comment) {
      throw notFound('The comment');
    }
    return comment.authorKey;
  }

  private async requireKey(commentId: string): Promise<string> {
    const key = await this.keyOf(commentId);
    if (key === null) {
      throw badInput('This comment names no author Bedside can recognise.');
    }
    return key;
  }

  private async ensureProfile(
    manager: EntityManager,
    key: string,
    now: Date,
  ): Promise<AuthorProfileEntity> {
    const profiles = manager.getRepository(AuthorProfileEntity);
    const existing = await profiles.findOneBy({ authorKey: key });
    if (existing) {
      return existing;
    }
    const created: AuthorProfileEntity = {
      id: newId(),
      authorKey: key,
      flag: 'none',
      flagChangedAt: null,
      flagChangedById: null,
      flagChangedByName: null,
      createdAt: now,
    };
    await profiles.insert(created);
    return created;
  }
}

function withAt(handle: string): string {
  return handle.startsWith('@') ? handle : `@${handle}`;
}
