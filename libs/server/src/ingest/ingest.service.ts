import {
  authorKeyOf,
  type ChannelKind,
  type CommentInput,
  type RawCommentInput,
  validateCommentInput,
} from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';

import { AlertsService } from '../alerts/alerts.service';
import { ChannelsService } from '../channels/channels.service';
import { CommentEntity, UNTRIAGED_URGENCY_RANK } from '../comments/comment.entity';
import { CommentRevisionEntity } from '../comments/comment-revision.entity';
import { FacetCountsService } from '../comments/facet-counts.service';
import { newId } from '../common/ids';
import { insertRows } from '../database/bulk-insert';
import { runSql } from '../database/raw-query';
import { Transactor } from '../database/transactor';
import { DomainEvents } from '../events/domain-events';
import {
  type AutomaticModeration,
  type ModerationScreener,
  ModerationScreeningService,
} from '../moderation/moderation-screening.service';
import { postKey, PostsService } from '../posts/posts.service';
import { TriageService } from '../triage/triage.service';

/** Rows stored per transaction: long enough to amortise the commit, short enough not to stall reads. */
export const INGEST_CHUNK_SIZE = 500;

export interface IngestRejectionResult {
  index: number;
  externalId: string | null;
  message: string;
}

export interface IngestResult {
  accepted: number;
  updated: number;
  duplicates: number;
  rejected: IngestRejectionResult[];
  /** Ids of the comments stored or changed, for live updates. */
  changedIds: string[];
}

export interface IngestOptions {
  now: Date;
  /** Store into the demo channels (sample data) instead of the real ones. */
  sample?: boolean;
  /**
   * Store every row into this channel (a connected account) instead of routing by platform:
   * a hospital may connect two Facebook pages.
   */
  channelId?: string;
}

/** One chunk's options: the call's, plus the moderation rules as they were when it started. */
interface ChunkOptions extends IngestOptions {
  screener: ModerationScreener;
}

interface StoredChunk extends IngestResult {
  moderation: AutomaticModeration;
}

interface ValidRow {
  index: number;
  input: CommentInput;
}

type ExistingComment = Pick<
  CommentEntity,
  | 'id'
  | 'channelId'
  | 'externalId'
  | 'text'
  | 'revision'
  | 'status'
  | 'urgencyRank'
  | 'sentiment'
  | 'intentFlags'
  | 'hasPhi'
  | 'createdAt'
  | 'postId'
>;

interface TextEdit {
  comment: ExistingComment;
  kind: ChannelKind;
  previousText: string;
  previousRevision: number;
}

export function emptyIngestResult(): IngestResult {
  return { accepted: 0, updated: 0, duplicates: 0, rejected: [], changedIds: [] };
}

/**
 * Stores comments idempotently on (channel, externalId): a repeat is counted as a duplicate, a
 * changed text updates the comment and keeps the old text as a revision. Every row is validated
 * on its own; a bad row is reported by index and the good rows are stored. Used by the
 * `ingestComments` mutation, the CLI import, the sample loader and (later) webhooks.
 */
@Injectable()
export class IngestService {
  constructor(
    private readonly transactor: Transactor,
    private readonly channels: ChannelsService,
    private readonly posts: PostsService,
    private readonly facets: FacetCountsService,
    private readonly triage: TriageService,
    private readonly events: DomainEvents,
    private readonly alerts: AlertsService,
    private readonly moderation: ModerationScreeningService,
  ) {}

  async ingest(rows: readonly RawCommentInput[], options: IngestOptions): Promise<IngestResult> {
    const result = emptyIngestResult();
    const valid: ValidRow[] = [];
    rows.forEach((raw, index) => {
      const checked = validateCommentInput(raw, options.now);
      if (checked.ok) {
        valid.push({ index, input: checked.value });
      } else {
        result.rejected.push({ index, externalId: externalIdOf(raw), message: checked.message });
      }
    });
    const screener = await this.moderation.screener();
    for (let offset = 0; offset < valid.length; offset += INGEST_CHUNK_SIZE) {
      const chunk = valid.slice(offset, offset + INGEST_CHUNK_SIZE);
      // Exclusive across replicas: a chunk looks up channels, posts and known comments before
      // inserting them, and two chunks naming the same ones must not both insert them.
      const stored = await this.transactor.run(
        (manager) => this.storeChunk(manager, chunk, { ...options, screener }),
        { exclusive: 'ingest' },
      );
      result.accepted += stored.accepted;
      result.updated += stored.updated;
      result.duplicates += stored.duplicates;
      result.changedIds.push(...stored.changedIds);
      const newIds = stored.changedIds.slice(0, stored.accepted);
      const editedIds = stored.changedIds.slice(stored.accepted);
      if (newIds.length > 0 || editedIds.length > 0) {
        this.events.publish({ type: 'comments.ingested', newIds, editedIds });
      }
      this.moderation.announce(stored.moderation);
    }
    return result;
  }

  private async storeChunk(
    manager: EntityManager,
    chunk: ValidRow[],
    options: ChunkOptions,
  ): Promise<StoredChunk> {
    const result = emptyIngestResult();
    const channelIds = await this.channelIdsFor(manager, chunk, options);
    const kindById = new Map([...channelIds].map(([kind, id]) => [id, kind]));
    const existing = await this.findExisting(manager, chunk, channelIds);
    const fresh = new Map<string, CommentEntity>();
    const edits: TextEdit[] = [];

    for (const { input } of chunk) {
      const channelId = channelIds.get(input.channel) as string;
      const key = commentKey(channelId, input.externalId);
      const known = fresh.get(key) ?? existing.get(key);
      if (!known) {
        const comment = this.newComment(channelId, input, options.now);
        fresh.set(key, comment);
        continue;
      }
      if (known.text === input.text) {
        result.duplicates += 1;
        continue;
      }
      if (fresh.has(key)) {
        // The same new comment twice in one batch with different texts: keep the last text.
        (known as CommentEntity).text = input.text;
        result.updated += 1;
        continue;
      }
      edits.push({
        comment: known,
        kind: input.channel,
        previousText: known.text,
        previousRevision: known.revision,
      });
      known.text = input.text;
      known.revision += 1;
      result.updated += 1;
    }

    const newComments = [...fresh.values()];
    for (const comment of newComments) {
      Object.assign(
        comment,
        this.triage.label(
          comment.text,
          kindById.get(comment.channelId) as ChannelKind,
          options.now,
        ),
      );
    }
    // Rules decide before the comments are stored, so a hidden comment never counts as new.
    const screened = options.screener.screen(
      newComments,
      (comment) => kindById.get(comment.channelId) as ChannelKind,
      options.now,
    );
    await this.linkPostsAndParents(manager, chunk, channelIds, newComments);
    await insertRows(manager, CommentEntity, newComments);
    // Critical alerts commit with their comments, so a crash cannot lose one. Sample comments
    // are fictional: their alerts show in the dashboards (the demo shows the banner) but never
    // page anyone by webhook or e-mail.
    await this.alerts.raiseFor(manager, newComments, options.now, { deliver: !options.sample });
    await this.recordEdits(manager, edits, options.now);
    await this.adoptOrphans(manager, newComments);
    await this.facets.add(
      manager,
      newComments.map((comment) => ({ facet: comment, delta: 1 })),
    );
    const moderation = await this.moderation.record(manager, screened, options.now);
    result.accepted = newComments.length;
    result.changedIds = [
      ...newComments.map((comment) => comment.id),
      ...new Set(edits.map((edit) => edit.comment.id)),
    ];
    return { ...result, moderation };
  }

  private async channelIdsFor(
    manager: EntityManager,
    chunk: ValidRow[],
    options: IngestOptions,
  ): Promise<Map<ChannelKind, string>> {
    const ids = new Map<ChannelKind, string>();
    for (const { input } of chunk) {
      if (options.channelId) {
        ids.set(input.channel, options.channelId);
      } else if (!ids.has(input.channel)) {
        const channel = await this.channels.resolveForIngest(
          manager,
          input.channel,
          { sample: options.sample ?? false },
          options.now,
        );
        ids.set(input.channel, channel.id);
      }
    }
    return ids;
  }

  private async findExisting(
    manager: EntityManager,
    chunk: ValidRow[],
    channelIds: Map<ChannelKind, string>,
  ): Promise<Map<string, ExistingComment>> {
    const byChannel = new Map<string, Set<string>>();
    for (const { input } of chunk) {
      const channelId = channelIds.get(input.channel) as string;
      const set = byChannel.get(channelId) ?? new Set<string>();
      set.add(input.externalId);
      byChannel.set(channelId, set);
    }
    const found = new Map<string, ExistingComment>();
    for (const [channelId, externalIds] of byChannel) {
      const rows = await manager.getRepository(CommentEntity).find({
        select: {
          id: true,
          channelId: true,
          externalId: true,
          text: true,
          revision: true,
          status: true,
          urgencyRank: true,
          sentiment: true,
          intentFlags: true,
          hasPhi: true,
          createdAt: true,
          postId: true,
        },
        where: { channelId, externalId: In([...externalIds]) },
      });
      for (const row of rows) {
        found.set(commentKey(row.channelId, row.externalId), row);
      }
    }
    return found;
  }

  private newComment(channelId: string, input: CommentInput, now: Date): CommentEntity {
    return {
      id: newId(),
      channelId,
      externalId: input.externalId,
      postId: null,
      parentId: null,
      parentExternalId: input.parentExternalId,
      authorName: input.authorName,
      authorHandle: input.authorHandle,
      authorKey: authorKeyOf(input),
      text: input.text,
      url: input.url,
      rating: input.rating,
      createdAt: input.createdAt,
      receivedAt: now,
      editedAt: null,
      deletedAt: null,
      revision: 1,
      status: 'new',
      statusChangedAt: null,
      firstRespondedAt: null,
      assigneeId: null,
      sentiment: null,
      sentimentScore: null,
      intents: null,
      intentFlags: 0,
      urgency: null,
      urgencyRank: UNTRIAGED_URGENCY_RANK,
      phiSpans: null,
      hasPhi: false,
      triageReasons: null,
      triageModelVersion: null,
      triagedAt: null,
    };
  }

  /** Resolves post ids (creating a placeholder post when unknown) and parents already stored. */
  private async linkPostsAndParents(
    manager: EntityManager,
    chunk: ValidRow[],
    channelIds: Map<ChannelKind, string>,
    newComments: CommentEntity[],
  ): Promise<void> {
    const inputByComment = new Map<CommentEntity, CommentInput>();
    const byKey = new Map(
      newComments.map((comment) => [commentKey(comment.channelId, comment.externalId), comment]),
    );
    for (const { input } of chunk) {
      const comment = byKey.get(
        commentKey(channelIds.get(input.channel) as string, input.externalId),
      );
      if (comment) {
        inputByComment.set(comment, input);
      }
    }
    const postRefs = newComments
      .filter((comment) => inputByComment.get(comment)?.postExternalId)
      .map((comment) => ({
        channelId: comment.channelId,
        externalId: inputByComment.get(comment)?.postExternalId as string,
      }));
    const postIds = await this.posts.ensureExist(
      manager,
      postRefs,
      newComments[0]?.receivedAt ?? new Date(0),
    );
    const parentIds = await this.findParentIds(manager, newComments, byKey);
    for (const comment of newComments) {
      const postExternalId = inputByComment.get(comment)?.postExternalId;
      comment.postId = postExternalId
        ? (postIds.get(postKey(comment.channelId, postExternalId)) ?? null)
        : null;
      if (comment.parentExternalId) {
        comment.parentId =
          parentIds.get(commentKey(comment.channelId, comment.parentExternalId)) ?? null;
      }
    }
  }

  private async findParentIds(
    manager: EntityManager,
    newComments: CommentEntity[],
    inBatch: Map<string, CommentEntity>,
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const wanted = new Map<string, Set<string>>();
    for (const comment of newComments) {
      if (!comment.parentExternalId) {
        continue;
      }
      const key = commentKey(comment.channelId, comment.parentExternalId);
      const sibling = inBatch.get(key);
      if (sibling) {
        ids.set(key, sibling.id);
        continue;
      }
      const set = wanted.get(comment.channelId) ?? new Set<string>();
      set.add(comment.parentExternalId);
      wanted.set(comment.channelId, set);
    }
    for (const [channelId, externalIds] of wanted) {
      const parents = await manager.getRepository(CommentEntity).find({
        select: { id: true, channelId: true, externalId: true },
        where: { channelId, externalId: In([...externalIds]) },
      });
      for (const parent of parents) {
        ids.set(commentKey(parent.channelId, parent.externalId), parent.id);
      }
    }
    return ids;
  }

  /**
   * Keeps each replaced text as a revision, applies the newest text, triages it again and moves
   * the comment's facet count to its new labels.
   */
  private async recordEdits(manager: EntityManager, edits: TextEdit[], now: Date): Promise<void> {
    if (edits.length === 0) {
      return;
    }
    const revisions: CommentRevisionEntity[] = edits.map((edit) => ({
      id: newId(),
      commentId: edit.comment.id,
      revision: edit.previousRevision,
      text: edit.previousText,
      replacedAt: now,
    }));
    await insertRows(manager, CommentRevisionEntity, revisions);
    const latest = new Map(edits.map((edit) => [edit.comment.id, edit]));
    for (const { comment, kind } of latest.values()) {
      const labels = this.triage.label(comment.text, kind, now);
      await manager
        .getRepository(CommentEntity)
        .update(
          { id: comment.id },
          { text: comment.text, revision: comment.revision, editedAt: now, ...labels },
        );
      await this.facets.move(manager, comment, { ...comment, ...labels });
    }
  }

  /** Replies that arrived before their parent point at it now that it is here. */
  private async adoptOrphans(manager: EntityManager, newComments: CommentEntity[]): Promise<void> {
    const byChannel = new Map<string, string[]>();
    for (const comment of newComments) {
      const list = byChannel.get(comment.channelId) ?? [];
      list.push(comment.externalId);
      byChannel.set(comment.channelId, list);
    }
    for (const [channelId, externalIds] of byChannel) {
      await runSql(
        manager,
        `UPDATE "comments" SET "parent_id" = (
           SELECT "p"."id" FROM "comments" "p"
           WHERE "p"."channel_id" = "comments"."channel_id" AND "p"."external_id" = "comments"."parent_external_id")
         WHERE "channel_id" = :channelId AND "parent_id" IS NULL AND "parent_external_id" IN (:...externalIds)`,
        { channelId, externalIds },
      );
    }
  }
}

function commentKey(channelId: string, externalId: string): string {
  return `${channelId}\u0000${externalId}`;
}

function externalIdOf(raw: RawCommentInput): string | null {
  if (
    raw &&
    typeof raw === 'object' &&
    (typeof raw.externalId === 'string' || typeof raw.externalId === 'number')
  ) {
    return String(raw.externalId).slice(0, 200);
  }
  return null;
}
