import {
  type Intent,
  INTENTS,
  SENTIMENT_LABELS,
  type SentimentLabel,
  URGENCIES,
  type Urgency,
} from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { CommentEntity } from '../comments/comment.entity';
import { FacetCountsService } from '../comments/facet-counts.service';
import { badInput, notFound } from '../common/app-error';
import { newId } from '../common/ids';
import { runSql } from '../database/raw-query';
import { Transactor } from '../database/transactor';
import { DomainEvents } from '../events/domain-events';
import { type TriageFields } from '../triage/triage.service';
import { type CorrectableField, LabelCorrectionEntity } from './label-correction.entity';

export interface LabelChanges {
  sentiment?: SentimentLabel | null;
  intents?: Intent[] | null;
  urgency?: Urgency | null;
}

/** The columns a correction of each field sets on the comment. */
function columnsFor(
  field: CorrectableField,
  value: string | string[],
  current: Pick<CommentEntity, 'intents'>,
): Partial<TriageFields> {
  switch (field) {
    case 'sentiment':
      return { sentiment: value as SentimentLabel };
    case 'urgency':
      return { urgency: value as Urgency, urgencyRank: URGENCIES.indexOf(value as Urgency) };
    case 'intents': {
      const labels = value as Intent[];
      // Keep the model's confidence for intents it also gave; a person's own label counts as 1.
      const intents = labels.map((label) => ({
        label,
        confidence: current.intents?.find((intent) => intent.label === label)?.confidence ?? 1,
      }));
      return {
        intents,
        intentFlags: labels.reduce((mask, label) => mask | (1 << INTENTS.indexOf(label)), 0),
      };
    }
  }
}

/**
 * Lays the latest correction of each field (made on this text revision) over fresh model labels,
 * so a retriage never undoes what a person decided.
 */
export function overlayCorrections(
  labels: TriageFields,
  revision: number,
  corrections: readonly Pick<
    LabelCorrectionEntity,
    'field' | 'corrected' | 'commentRevision' | 'correctedAt'
  >[],
): TriageFields {
  const latest = new Map<CorrectableField, string | string[]>();
  for (const correction of [...corrections].sort(
    (a, b) => a.correctedAt.getTime() - b.correctedAt.getTime(),
  )) {
    if (correction.commentRevision === revision) {
      latest.set(correction.field, correction.corrected);
    }
  }
  let result = labels;
  for (const [field, value] of latest) {
    result = { ...result, ...columnsFor(field, value, result) };
  }
  return result;
}

@Injectable()
export class CorrectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly facets: FacetCountsService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /** Applies a person's labels to a comment, recording each changed field with who and when. */
  async correct(input: {
    commentId: string;
    changes: LabelChanges;
    actor: Actor;
    now: Date;
  }): Promise<CommentEntity> {
    const corrected = validate(input.changes);
    const result = await this.transactor.run(async (manager) => {
      const comments = manager.getRepository(CommentEntity);
      const comment = await comments.findOneBy({ id: input.commentId });
      if (!comment) {
        throw notFound('The comment');
      }
      let next: CommentEntity = comment;
      const rows: LabelCorrectionEntity[] = [];
      for (const [field, value] of corrected) {
        const previous = currentValue(comment, field);
        if (JSON.stringify(previous) === JSON.stringify(value)) {
          continue;
        }
        rows.push({
          id: newId(),
          commentId: comment.id,
          commentRevision: comment.revision,
          field,
          previous,
          corrected: value,
          modelVersion: comment.triageModelVersion,
          correctedById: input.actor.userId,
          correctedAt: input.now,
        });
        next = { ...next, ...columnsFor(field, value, next) };
      }
      if (rows.length === 0) {
        return comment;
      }
      await manager.getRepository(LabelCorrectionEntity).insert(rows);
      await comments.update(
        { id: comment.id },
        {
          sentiment: next.sentiment,
          intents: next.intents,
          intentFlags: next.intentFlags,
          urgency: next.urgency,
          urgencyRank: next.urgencyRank,
        },
      );
      await this.facets.move(manager, comment, next);
      await this.audit.record(manager, {
        actor: input.actor,
        action: 'comment.labels_corrected',
        targetType: 'comment',
        targetId: comment.id,
        details: {
          revision: comment.revision,
          changes: Object.fromEntries(
            rows.map((row) => [row.field, { from: row.previous, to: row.corrected }]),
          ),
        },
      });
      return next;
    });
    this.events.publish({
      type: 'comment.changed',
      commentId: input.commentId,
      change: 'labels',
      userId: input.actor.userId,
    });
    return result;
  }

  /** Corrections of these comments, oldest first. */
  async forComments(
    commentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LabelCorrectionEntity[]> {
    if (commentIds.length === 0) {
      return [];
    }
    return manager.getRepository(LabelCorrectionEntity).find({
      where: { commentId: In([...commentIds]) },
      order: { correctedAt: 'ASC', id: 'ASC' },
      relations: { correctedBy: true },
    });
  }

  /** Every corrected comment with its current labels, oldest correction first, in batches. */
  async *exportRows(batchSize = 500): AsyncGenerator<{
    comment: CommentEntity;
    channel: string;
    fields: CorrectableField[];
    correctedAt: Date;
  }> {
    let after = '';
    for (;;) {
      const ids = await runSql<{ commentId: string }[]>(
        this.dataSource.manager,
        `SELECT DISTINCT "comment_id" AS "commentId" FROM "label_corrections"
         WHERE "comment_id" > :after ORDER BY "comment_id" LIMIT :limit`,
        { after, limit: batchSize },
      );
      if (ids.length === 0) {
        return;
      }
      const commentIds = ids.map((row) => row.commentId);

      const comments = await this.dataSource.getRepository(CommentEntity).find({
        where: { id: In(commentIds) },
        relations: { channel: true },
      });
      const corrections = await this.forComments(commentIds);
      for (const comment of comments.sort((a, b) => a.id.localeCompare(b.id))) {
        const own = corrections.filter(
          (correction) =>
            correction.commentId === comment.id && correction.commentRevision === comment.revision,
        );
        if (own.length === 0) {
          continue; // corrected on a text that has since been edited
        }
        yield {
          comment,
          channel: comment.channel?.kind ?? 'import',
          fields: [...new Set(own.map((correction) => correction.field))],
          correctedAt: own[own.length - 1].correctedAt,
        };
      }
      after = commentIds[commentIds.length - 1];
    }
  }
}

function currentValue(comment: CommentEntity, field: CorrectableField): string | string[] | null {
  switch (field) {
    case 'sentiment':
      return comment.sentiment;
    case 'urgency':
      return comment.urgency;
    case 'intents':
      return (comment.intents ?? []).map((intent) => intent.label).sort();
  }
}

function validate(changes: LabelChanges): [CorrectableField, string | string[]][] {
  const fields: [CorrectableField, string | string[]][] = [];
  if (changes.sentiment != null) {
    if (!SENTIMENT_LABELS.includes(changes.sentiment)) {
      throw badInput('Unknown sentiment.');
    }
    fields.push(['sentiment', changes.sentiment]);
  }
  if (changes.intents != null) {
    if (changes.intents.some((intent) => !INTENTS.includes(intent))) {
      throw badInput('Unknown intent.');
    }
    fields.push(['intents', [...new Set(changes.intents)].sort()]);
  }
  if (changes.urgency != null) {
    if (!URGENCIES.includes(changes.urgency)) {
      throw badInput('Unknown urgency.');
    }
    fields.push(['urgency', changes.urgency]);
  }
  if (fields.length === 0) {
    throw badInput('Give at least one label to correct: sentiment, intents or urgency.');
  }
  return fields;
}
