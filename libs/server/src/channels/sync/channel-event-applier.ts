import { type CanonicalComment, type ChannelEvent, toCommentInput } from '@bedside/channels';
import { type CommentInput } from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';

import { CommentEntity } from '../../comments/comment.entity';
import { Transactor } from '../../database/transactor';
import { DomainEvents } from '../../events/domain-events';
import { IngestService } from '../../ingest/ingest.service';
import { ChannelConnectionEntity } from '../channel-connection.entity';
import { ChannelItemVersionEntity } from './channel-item-version.entity';

export interface ApplyResult {
  stored: number;
  updated: number;
  deleted: number;
  /** Stale versions, our own replies echoed back, repeats. */
  skipped: number;
  /** Rows the ingest validation refused (reported by external id, never by text). */
  rejected: { externalId: string; message: string }[];
}

export type ReceivedVia = 'webhook' | 'poll';

/** Where an event stands against what is stored: newer wins, deletions are final. */
interface StoredVersion {
  version: string;
  deleted: boolean;
}

/**
 * Turns connector events into stored comments for one connected channel: upserts through the
 * ingest service (triage, moderation, alerts, live updates), deletions as `deletedAt`. Each item's
 * platform version is kept, so a late or replayed event older than what is stored changes nothing.
 */
@Injectable()
export class ChannelEventApplier {
  constructor(
    private readonly transactor: Transactor,
    private readonly ingest: IngestService,
    private readonly events: DomainEvents,
  ) {}

  async apply(
    channelId: string,
    channelEvents: readonly ChannelEvent[],
    via: ReceivedVia,
    now: Date,
  ): Promise<ApplyResult> {
    const result: ApplyResult = { stored: 0, updated: 0, deleted: 0, skipped: 0, rejected: [] };
    const latest = newestPerItem(channelEvents);
    const stored = await this.storedVersions(channelId, [...latest.keys()]);
    const upserts: { comment: CanonicalComment; version: string }[] = [];
    const deletions: { externalId: string; at: Date }[] = [];
    const ownReplies: { externalId: string; version: string }[] = [];
    for (const [externalId, event] of latest) {
      const known = stored.get(externalId);
      if (known?.deleted || (known && versionOf(event) <= known.version)) {
        result.skipped += 1;
        continue;
      }
      if (event.type === 'upsert') {
        if (event.comment.isOwnAccount) {
          ownReplies.push({ externalId, version: event.version });
          result.skipped += 1;
        } else if (event.comment.visibility === 'deleted') {
          deletions.push({
            externalId,
            at: new Date(event.comment.updatedAt ?? event.comment.createdAt),
          });
        } else {
          upserts.push({ comment: event.comment, version: event.version });
        }
      } else if (event.type === 'deleted') {
        deletions.push({ externalId, at: new Date(event.at) });
      } else {
        // Hidden or held on the platform by someone else: the comment stays as it is in Bedside.
        result.skipped += 1;
      }
    }

    const rows = upserts.map(({ comment }) => inputFor(comment));
    const ingested = await this.ingest.ingest(rows, { now, channelId });
    result.stored = ingested.accepted;
    result.updated = ingested.updated;
    result.skipped += ingested.duplicates;
    const refused = new Set<number>();
    for (const rejection of ingested.rejected) {
      refused.add(rejection.index);
      result.rejected.push({
        externalId: upserts[rejection.index]?.comment.externalId ?? '?',
        message: rejection.message,
      });
    }

    const deletedIds = await this.transactor.run(async (manager) => {
      const versions: ChannelItemVersionEntity[] = [
        ...upserts
          .filter((_, index) => !refused.has(index))
          .map(({ comment, version }) =>
            versionRow(channelId, comment.externalId, version, false, now),
          ),
        ...ownReplies.map(({ externalId, version }) =>
          versionRow(channelId, externalId, version, false, now),
        ),
        ...deletions.map(({ externalId, at }) =>
          versionRow(channelId, externalId, `${at.toISOString()}#deleted`, true, now),
        ),
      ];
      await saveVersions(manager, versions);
      const deletedIds = await markDeleted(manager, channelId, deletions);
      const received = ingested.accepted + ingested.updated + deletedIds.length;
      if (received > 0 || via === 'webhook') {
        await manager
          .getRepository(ChannelConnectionEntity)
          .createQueryBuilder()
          .update()
          .set({
            itemsReceived: () => `"items_received" + ${received}`,
            ...(received > 0 ? { lastItemAt: now } : {}),
            ...(via === 'webhook' ? { lastWebhookAt: now } : {}),
          })
          .where({ channelId })
          .execute();
      }
      return deletedIds;
    });
    result.deleted = deletedIds.length;
    for (const commentId of deletedIds) {
      this.events.publish({ type: 'comment.changed', commentId, change: 'platform', userId: null });
    }
    return result;
  }

  private async storedVersions(
    channelId: string,
    externalIds: string[],
  ): Promise<Map<string, StoredVersion>> {
    const found = new Map<string, StoredVersion>();
    for (let offset = 0; offset < externalIds.length; offset += 500) {
      const rows = await this.transactor.run((manager) =>
        manager.getRepository(ChannelItemVersionEntity).find({
          where: { channelId, externalId: In(externalIds.slice(offset, offset + 500)) },
        }),
      );
      for (const row of rows) {
        found.set(row.externalId, { version: row.version, deleted: row.deleted });
      }
    }
    return found;
  }
}

function externalIdOf(event: ChannelEvent): string {
  if (event.type === 'upsert') {
    return event.comment.externalId;
  }
  // `${channel}:${accountRef}:${externalId}`; account refs (site URLs) may contain colons, ids not.
  return event.dedupeKey.slice(event.dedupeKey.lastIndexOf(':') + 1);
}

/** Deletions sort after every edit of the same instant: a deleted item stays deleted. */
function versionOf(event: ChannelEvent): string {
  return event.type === 'upsert' ? event.version : `${event.at}#~${event.type}`;
}

function newestPerItem(events: readonly ChannelEvent[]): Map<string, ChannelEvent> {
  const latest = new Map<string, ChannelEvent>();
  for (const event of events) {
    const externalId = externalIdOf(event);
    const current = latest.get(externalId);
    if (!current || versionOf(event) >= versionOf(current) || event.type === 'deleted') {
      latest.set(externalId, event);
    }
  }
  return latest;
}

/** A rating-only review has no words; it still belongs in the inbox, with its stars. */
function inputFor(comment: CanonicalComment): CommentInput {
  const input = toCommentInput(comment);
  if (!input.text.trim() && input.rating) {
    return {
      ...input,
      text: `${'★'.repeat(input.rating)}${'☆'.repeat(5 - input.rating)} (rating only)`,
    };
  }
  return input;
}

function versionRow(
  channelId: string,
  externalId: string,
  version: string,
  deleted: boolean,
  now: Date,
): ChannelItemVersionEntity {
  return { channelId, externalId, version: version.slice(0, 200), deleted, updatedAt: now };
}

async function saveVersions(
  manager: EntityManager,
  rows: ChannelItemVersionEntity[],
): Promise<void> {
  for (let offset = 0; offset < rows.length; offset += 200) {
    await manager
      .getRepository(ChannelItemVersionEntity)
      .upsert(rows.slice(offset, offset + 200), ['channelId', 'externalId']);
  }
}

async function markDeleted(
  manager: EntityManager,
  channelId: string,
  deletions: { externalId: string; at: Date }[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const { externalId, at } of deletions) {
    const comment = await manager.getRepository(CommentEntity).findOne({
      select: { id: true },
      where: { channelId, externalId, deletedAt: IsNull() },
    });
    if (comment) {
      await manager.getRepository(CommentEntity).update({ id: comment.id }, { deletedAt: at });
      ids.push(comment.id);
    }
  }
  return ids;
}
