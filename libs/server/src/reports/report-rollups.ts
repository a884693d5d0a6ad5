import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

import { runSql } from '../database/raw-query';

/** What the report rollups key one comment by. */
export interface RollupKey {
  channelId: string;
  createdAt: Date;
  sentiment: string | null;
  intentFlags: number;
  urgencyRank: number;
  postId: string | null;
}

export function startOfHour(date: Date): Date {
  const hour = new Date(date);
  hour.setUTCMinutes(0, 0, 0);
  return hour;
}

export function startOfDay(date: Date): Date {
  const day = new Date(date);
  day.setUTCHours(0, 0, 0, 0);
  return day;
}

interface Merged<K> {
  key: K;
  delta: number;
}

function merge<K>(
  changes: readonly { key: K; delta: number }[],
  keyOf: (key: K) => string,
): Merged<K>[] {
  const merged = new Map<string, Merged<K>>();
  for (const change of changes) {
    const id = keyOf(change.key);
    const current = merged.get(id);
    merged.set(id, { key: change.key, delta: (current?.delta ?? 0) + change.delta });
  }
  // In key order, so concurrent writers lock the rollup rows in one order (no deadlocks).
  return [...merged.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item)
    .filter((item) => item.delta !== 0);
}

/**
 * Keeps the report rollup tables exact inside the writer's transaction: counts per hour and per
 * day and label combination, and comments per post per day. A label change moves a comment from
 * one combination to another; a status change nets to nothing here.
 */
@Injectable()
export class ReportRollups {
  async add(
    manager: EntityManager,
    changes: readonly { facet: RollupKey; delta: number }[],
  ): Promise<void> {
    for (const { facet } of changes) {
      // A caller that loaded the comment without these columns would corrupt the rollups silently.
      if (!(facet.createdAt instanceof Date) || facet.postId === undefined) {
        throw new Error('ReportRollups.add needs each comment\'s createdAt and postId');
      }
    }
    const keyed = changes.map((change) => ({ key: change.facet, delta: change.delta }));
    for (const [table, column, bucketOf] of [
      ['report_hourly_counts', 'hour', startOfHour],
      ['report_daily_counts', 'day', startOfDay],
    ] as const) {
      const cells = merge(keyed, (key) =>
        [
          bucketOf(key.createdAt).getTime(),
          key.channelId,
          key.sentiment ?? '',
          key.intentFlags,
          key.urgencyRank,
        ].join('\u0000'),
      );
      for (const { key, delta } of cells) {
        await runSql(
          manager,
          `INSERT INTO "${table}" ("${column}", "channel_id", "sentiment", "intent_flags", "urgency_rank", "count")
           VALUES (:bucket, :channelId, :sentiment, :intentFlags, :urgencyRank, :delta)
           ON CONFLICT ("${column}", "channel_id", "sentiment", "intent_flags", "urgency_rank")
           DO UPDATE SET "count" = "${table}"."count" + excluded."count"`,
          {
            bucket: bucketOf(key.createdAt),
            channelId: key.channelId,
            sentiment: key.sentiment ?? '',
            intentFlags: key.intentFlags,
            urgencyRank: key.urgencyRank,
            delta,
          },
        );
      }
    }
    const posts = merge(
      keyed.filter(({ key }) => key.postId !== null),
      (key) =>
        `${startOfDay(key.createdAt).getTime()}\u0000${key.postId}\u0000${key.sentiment === 'negative' ? 1 : 0}`,
    );
    for (const { key, delta } of posts) {
      const negative = key.sentiment === 'negative' ? delta : 0;
      await runSql(
        manager,
        `INSERT INTO "report_post_daily" ("day", "post_id", "channel_id", "comments", "negative")
         VALUES (:day, :postId, :channelId, :comments, :negative)
         ON CONFLICT ("day", "post_id")
         DO UPDATE SET "comments" = "report_post_daily"."comments" + excluded."comments",
                       "negative" = "report_post_daily"."negative" + excluded."negative"`,
        {
          day: startOfDay(key.createdAt),
          postId: key.postId,
          channelId: key.channelId,
          // A relabel between negative and not nets out over the two cells it touches.
          comments: delta,
          negative,
        },
      );
    }
  }

  /** Counts a first response, in the histogram of the day the comment arrived. */
  async addFirstResponse(
    manager: EntityManager,
    response: { channelId: string; receivedAt: Date; urgencyRank: number; bucket: number },
  ): Promise<void> {
    await runSql(
      manager,
      `INSERT INTO "report_response_daily" ("day", "channel_id", "urgency_rank", "bucket", "count")
       VALUES (:day, :channelId, :urgencyRank, :bucket, 1)
       ON CONFLICT ("day", "channel_id", "urgency_rank", "bucket")
       DO UPDATE SET "count" = "report_response_daily"."count" + 1`,
      { day: startOfDay(response.receivedAt), ...response },
    );
  }
}
