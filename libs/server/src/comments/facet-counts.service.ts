import {
  COMMENT_STATUSES,
  type CommentStatus,
  type SentimentLabel,
  URGENCIES,
  type Urgency,
} from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { runSql } from '../database/raw-query';
import { ReportRollups } from '../reports/report-rollups';
import { type CommentEntity } from './comment.entity';
import { intentMask } from './comment-query';
import { FacetCountEntity } from './facet-count.entity';

export type StatusCounts = Record<CommentStatus, number>;

/**
 * The categorical values of one comment that the facet counts are keyed by, with its creation
 * time and post, which the report rollups bucket it by.
 */
export type FacetKey = Pick<
  CommentEntity,
  | 'channelId'
  | 'status'
  | 'urgencyRank'
  | 'sentiment'
  | 'intentFlags'
  | 'hasPhi'
  | 'createdAt'
  | 'postId'
>;

export interface FacetFilter {
  channelIds?: readonly string[] | null;
  status?: readonly CommentStatus[] | null;
  urgency?: readonly Urgency[] | null;
  sentiment?: readonly SentimentLabel[] | null;
  intent?: readonly string[] | null;
  hasPhi?: boolean | null;
}

/** Filter fields the facet counts can answer exactly; anything else needs a real COUNT. */
export const FACET_FILTER_FIELDS: readonly string[] = [
  'channelIds',
  'status',
  'urgency',
  'sentiment',
  'intent',
  'hasPhi',
];

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(COMMENT_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

function keyOf(facet: FacetKey): string {
  return [
    facet.channelId,
    facet.status,
    facet.urgencyRank,
    facet.sentiment ?? '',
    facet.intentFlags,
    facet.hasPhi ? 1 : 0,
  ].join('\u0000');
}

/**
 * See FacetCountEntity. Writers call `add`/`move` inside their transaction; the report rollups
 * (ReportRollups) change in the same call, so every path that stores or relabels a comment keeps
 * both exact.
 */
@Injectable()
export class FacetCountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rollups: ReportRollups,
  ) {}

  /** Counts `delta` comments (usually ±1) under each facet, merging equal keys into one write. */
  async add(
    manager: EntityManager,
    changes: readonly { facet: FacetKey; delta: number }[],
  ): Promise<void> {
    const merged = new Map<string, { facet: FacetKey; delta: number }>();
    for (const change of changes) {
      const key = keyOf(change.facet);
      const current = merged.get(key);
      merged.set(key, { facet: change.facet, delta: (current?.delta ?? 0) + change.delta });
    }
    await this.rollups.add(manager, changes);
    // Always in key order, so concurrent writers on PostgreSQL lock the counter rows in one order
    // and cannot deadlock.
    const ordered = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, { facet, delta }] of ordered) {
      if (delta === 0) {
        continue;
      }
      await runSql(
        manager,
        `INSERT INTO "comment_facet_counts" ("channel_id", "status", "urgency_rank", "sentiment", "intent_flags", "has_phi", "count")
         VALUES (:channelId, :status, :urgencyRank, :sentiment, :intentFlags, :hasPhi, :delta)
         ON CONFLICT ("channel_id", "status", "urgency_rank", "sentiment", "intent_flags", "has_phi")
         DO UPDATE SET "count" = "comment_facet_counts"."count" + excluded."count"`,
        {
          channelId: facet.channelId,
          status: facet.status,
          urgencyRank: facet.urgencyRank,
          sentiment: facet.sentiment ?? '',
          intentFlags: facet.intentFlags,
          hasPhi: facet.hasPhi,
          delta,
        },
      );
    }
  }

  /** Moves one comment from one facet to another (status change, re-triage). */
  move(manager: EntityManager, from: FacetKey, to: FacetKey): Promise<void> {
    return this.add(manager, [
      { facet: from, delta: -1 },
      { facet: to, delta: 1 },
    ]);
  }

  /** Counts per status of the comments matching the filter's categorical fields. */
  async byStatus(filter: FacetFilter): Promise<StatusCounts> {
    const qb = this.dataSource
      .getRepository(FacetCountEntity)
      .createQueryBuilder('f')
      .select('f.status', 'status')
      .addSelect('SUM(f.count)', 'count')
      .groupBy('f.status');
    const lists: [string, readonly unknown[] | null | undefined][] = [
      ['channelId', filter.channelIds],
      ['status', filter.status],
      ['urgencyRank', filter.urgency?.map((urgency) => URGENCIES.indexOf(urgency))],
      ['sentiment', filter.sentiment],
    ];
    for (const [property, values] of lists) {
      if (values == null) {
        continue;
      }
      if (values.length === 0) {
        return emptyStatusCounts();
      }
      qb.andWhere(`f.${property} IN (:...${property})`, { [property]: values });
    }
    if (filter.intent != null) {
      qb.andWhere('(f.intentFlags & :mask) != 0', { mask: intentMask(filter.intent) });
    }
    if (filter.hasPhi != null) {
      qb.andWhere('f.hasPhi = :hasPhi', { hasPhi: filter.hasPhi });
    }
    const counts = emptyStatusCounts();
    for (const row of await qb.getRawMany<{ status: CommentStatus; count: string | number }>()) {
      counts[row.status] = Number(row.count);
    }
    return counts;
  }
}
