import { type ChannelKind } from '@bedside/domain';
import { getModels } from '@bedside/triage';
import { Injectable } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type FindOptionsSelect,
  IsNull,
  MoreThan,
  Not,
  Or,
} from 'typeorm';

import { ChannelEntity } from '../channels/channel.entity';
import { CommentEntity } from '../comments/comment.entity';
import { FacetCountsService } from '../comments/facet-counts.service';
import { Clock } from '../common/clock';
import { CorrectionsService, overlayCorrections } from '../corrections/corrections.service';
import { Transactor } from '../database/transactor';
import { TriageService } from './triage.service';

export interface RetriageOptions {
  /** Re-label every comment, not only those labelled by another model version. */
  all?: boolean;
  /** Comments re-labelled per transaction. */
  batchSize?: number;
  /** Called after each batch with the comments looked at so far and the total to look at. */
  onProgress?: (done: number, total: number) => void;
}

export interface RetriageReport {
  /** Comments looked at. */
  examined: number;
  /** Comments whose labels changed. */
  changed: number;
  modelVersion: string;
}

const SELECTED = Object.fromEntries(
  (
    [
      'id',
      'channelId',
      'revision',
      'text',
      'status',
      'urgencyRank',
      'sentiment',
      'intentFlags',
      'hasPhi',
      'sentimentScore',
      'intents',
      'urgency',
      'phiSpans',
      'triageReasons',
      'triageModelVersion',
      // The report rollups bucket a relabelled comment by when it arrived and on which post.
      'createdAt',
      'postId',
    ] satisfies (keyof CommentEntity)[]
  ).map((column) => [column, true]),
) as FindOptionsSelect<CommentEntity>;

/**
 * `bedside retriage`: labels stored comments again after a model change. Walks the comments in
 * key order, one short transaction per batch, so the server can keep answering between batches
 * and an interrupted run loses only its current batch and can simply be started again.
 */
@Injectable()
export class RetriageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly triage: TriageService,
    private readonly facets: FacetCountsService,
    private readonly clock: Clock,
    private readonly corrections: CorrectionsService,
  ) {}

  /** The version string the current models stamp on every label. */
  currentModelVersion(): string {
    return getModels().version;
  }

  async run(options: RetriageOptions = {}): Promise<RetriageReport> {
    const modelVersion = this.currentModelVersion();
    const batchSize = options.batchSize ?? 500;
    const comments = this.dataSource.getRepository(CommentEntity);
    const staleOnly = options.all ? {} : { triageModelVersion: Or(IsNull(), Not(modelVersion)) };
    const total = await comments.countBy(staleOnly);
    const kinds = await this.channelKinds();
    const report: RetriageReport = { examined: 0, changed: 0, modelVersion };
    options.onProgress?.(0, total);
    let after = '';
    for (;;) {
      const batch = await comments.find({
        select: SELECTED,
        where: { id: MoreThan(after), ...staleOnly },
        order: { id: 'ASC' },
        take: batchSize,
      });
      if (batch.length === 0) {
        break;
      }
      const now = this.clock.now();
      report.changed += await this.transactor.run((manager) =>
        this.relabel(manager, batch, kinds, now),
      );
      report.examined += batch.length;
      after = batch[batch.length - 1].id;
      options.onProgress?.(Math.min(report.examined, total), total);
    }
    return report;
  }

  private async relabel(
    manager: EntityManager,
    batch: CommentEntity[],
    kinds: Map<string, ChannelKind>,
    now: Date,
  ): Promise<number> {
    let changed = 0;
    const corrections = await this.corrections.forComments(
      batch.map((comment) => comment.id),
      manager,
    );
    for (const comment of batch) {
      const labels = overlayCorrections(
        this.triage.label(comment.text, kinds.get(comment.channelId) ?? 'import', now),
        comment.revision,
        corrections.filter((correction) => correction.commentId === comment.id),
      );
      const same =
        comment.triageModelVersion === labels.triageModelVersion &&
        comment.sentiment === labels.sentiment &&
        comment.sentimentScore === labels.sentimentScore &&
        comment.urgency === labels.urgency &&
        JSON.stringify(comment.intents) === JSON.stringify(labels.intents) &&
        JSON.stringify(comment.phiSpans) === JSON.stringify(labels.phiSpans) &&
        JSON.stringify(comment.triageReasons) === JSON.stringify(labels.triageReasons);
      if (same) {
        continue;
      }
      changed += 1;
      await manager.getRepository(CommentEntity).update({ id: comment.id }, labels);
      await this.facets.move(manager, comment, { ...comment, ...labels });
    }
    return changed;
  }

  private async channelKinds(): Promise<Map<string, ChannelKind>> {
    const channels = await this.dataSource
      .getRepository(ChannelEntity)
      .find({ select: { id: true, kind: true } });
    return new Map(channels.map((channel) => [channel.id, channel.kind]));
  }
}
