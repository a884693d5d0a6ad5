import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { badInput } from '../common/app-error';
import { Clock } from '../common/clock';
import { CommentInput } from './dto/comment.input';
import { IngestReport } from './dto/ingest-report.type';
import { IngestService } from './ingest.service';

/** Largest batch one mutation takes; bigger imports go through the CLI, which streams. */
export const MAX_INGEST_BATCH = 20_000;

@Roles('agent')
@Resolver()
export class IngestResolver {
  constructor(
    private readonly ingestService: IngestService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  @Mutation(() => IngestReport, {
    description:
      'Stores comments idempotently on (channel, externalId): repeats are counted as duplicates, changed texts as updates (the edit is recorded); bad rows are rejected with their index while every good row is stored.',
  })
  async ingestComments(
    @Args('comments', {
      type: () => [CommentInput],
      description: `The comments, at most ${MAX_INGEST_BATCH.toLocaleString('en-US')} per call.`,
    })
    comments: CommentInput[],
    @CurrentActor() actor: Actor,
  ): Promise<IngestReport> {
    if (comments.length > MAX_INGEST_BATCH) {
      throw badInput(
        `Send at most ${MAX_INGEST_BATCH.toLocaleString('en-US')} comments per call (got ${comments.length}).`,
      );
    }
    const result = await this.ingestService.ingest(comments, { now: this.clock.now() });
    await this.audit.recordNow({
      actor,
      action: 'comments.ingested',
      details: {
        received: comments.length,
        accepted: result.accepted,
        updated: result.updated,
        duplicates: result.duplicates,
        rejected: result.rejected.length,
      },
    });
    return {
      accepted: result.accepted,
      updated: result.updated,
      duplicates: result.duplicates,
      rejected: result.rejected,
    };
  }
}
