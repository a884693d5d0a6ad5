import {
  completeSlaMinutes,
  DEFAULT_SLA_MINUTES,
  dueAt,
  elapsedSeconds,
  type SlaMinutes,
  slaMinutesProblem,
  slaState,
  type SlaStatus,
  URGENCIES,
  type Urgency,
} from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { type CommentEntity } from '../comments/comment.entity';
import { badInput } from '../common/app-error';
import { Transactor } from '../database/transactor';
import { SlaPolicyEntity } from './sla-policy.entity';

/** What a comment's first-response SLA is computed from. */
export type CommentSlaFields = Pick<
  CommentEntity,
  'receivedAt' | 'urgency' | 'status' | 'statusChangedAt' | 'firstRespondedAt'
>;

export interface CommentSlaView extends SlaStatus {
  dueAt: Date | null;
  stoppedAt: Date | null;
  firstRespondedAt: Date | null;
  firstResponseSeconds: number | null;
}

/**
 * SLA policies per urgency. Every comment on a page asks for its deadline, so the four rows are
 * read once and kept in memory until a manager changes one; this process is the only writer.
 */
@Injectable()
export class SlaService {
  private cached: Promise<SlaMinutes> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly audit: AuditService,
  ) {}

  /** Every urgency's policy, most urgent first, with who changed it last. */
  async policies(): Promise<SlaPolicyEntity[]> {
    const rows = await this.dataSource
      .getRepository(SlaPolicyEntity)
      .find({ relations: { updatedBy: true } });
    return URGENCIES.map(
      (urgency) =>
        rows.find((row) => row.urgency === urgency) ?? {
          urgency,
          minutes: DEFAULT_SLA_MINUTES[urgency],
          updatedAt: null,
          updatedById: null,
        },
    );
  }

  /** Minutes per urgency (null: no deadline), from memory. */
  minutes(): Promise<SlaMinutes> {
    if (!this.cached) {
      const loading = this.dataSource
        .getRepository(SlaPolicyEntity)
        .find()
        .then((rows) =>
          completeSlaMinutes(Object.fromEntries(rows.map((row) => [row.urgency, row.minutes]))),
        );
      // A failed read is not kept: the next caller tries again.
      loading.catch(() => {
        if (this.cached === loading) {
          this.cached = null;
        }
      });
      this.cached = loading;
    }
    return this.cached;
  }

  /** Sets one urgency's deadline; existing cases keep the deadline they were given. */
  async update(input: {
    urgency: Urgency;
    minutes: number | null;
    actor: Actor;
    now: Date;
  }): Promise<SlaPolicyEntity> {
    if (!URGENCIES.includes(input.urgency)) {
      throw badInput('Unknown urgency.');
    }
    const problem = slaMinutesProblem(input.minutes);
    if (problem) {
      throw badInput(problem);
    }
    const saved = await this.transactor.run(async (manager) => {
      const repository = manager.getRepository(SlaPolicyEntity);
      const previous = await repository.findOneBy({ urgency: input.urgency });
      const row: SlaPolicyEntity = {
        urgency: input.urgency,
        minutes: input.minutes,
        updatedAt: input.now,
        updatedById: input.actor.userId,
      };
      await repository.upsert(row, ['urgency']);
      await this.audit.record(manager, {
        actor: input.actor,
        action: 'sla_policy.updated',
        targetType: 'sla_policy',
        targetId: input.urgency,
        details: {
          urgency: input.urgency,
          from: previous ? previous.minutes : DEFAULT_SLA_MINUTES[input.urgency],
          to: input.minutes,
        },
      });
      return row;
    });
    this.cached = null;
    return saved;
  }

  /** A comment's first-response deadline and where it stands at `now`. */
  commentSla(comment: CommentSlaFields, minutes: SlaMinutes, now: Date): CommentSlaView {
    const deadline = comment.urgency ? dueAt(comment.receivedAt, minutes[comment.urgency]) : null;
    // Closing or hiding a comment without replying is also the team dealing with it.
    const stoppedAt =
      comment.firstRespondedAt ??
      (comment.status === 'closed' || comment.status === 'hidden' ? comment.statusChangedAt : null);
    return {
      ...slaState({ now, dueAt: deadline, doneAt: stoppedAt, startedAt: comment.receivedAt }),
      dueAt: deadline,
      stoppedAt,
      firstRespondedAt: comment.firstRespondedAt,
      firstResponseSeconds: elapsedSeconds(comment.receivedAt, comment.firstRespondedAt),
    };
  }
}
