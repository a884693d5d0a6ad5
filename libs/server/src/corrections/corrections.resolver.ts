import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { toCommentType } from '../comments/comment.mapper';
import { Comment } from '../comments/dto/comment.type';
import { Clock } from '../common/clock';
import { CorrectionsService } from './corrections.service';
import { CorrectTriageInput, TriageCorrection } from './dto/correction.types';

const asList = (value: string | string[] | null): string[] =>
  value == null ? [] : Array.isArray(value) ? value : [value];

@Roles('agent')
@Resolver(() => Comment)
export class CorrectionsResolver {
  constructor(
    private readonly corrections: CorrectionsService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => Comment, {
    description:
      'Corrects the triage labels of a comment. Each changed label is stored with who and when, wins over the model (also after a retriage) and is exported as training data.',
  })
  async correctTriage(
    @Args('input') input: CorrectTriageInput,
    @CurrentActor() actor: Actor,
  ): Promise<Comment> {
    const comment = await this.corrections.correct({
      commentId: input.commentId,
      changes: { sentiment: input.sentiment, intents: input.intents, urgency: input.urgency },
      actor,
      now: this.clock.now(),
    });
    return toCommentType(comment);
  }

  @ResolveField(() => [TriageCorrection], {
    description: 'Labels the team corrected on this comment, oldest first (for the detail pane).',
  })
  async triageCorrections(@Parent() comment: Comment): Promise<TriageCorrection[]> {
    const rows = await this.corrections.forComments([comment.id]);
    return rows.map((row) => ({
      id: row.id,
      field: row.field,
      previous: asList(row.previous),
      corrected: asList(row.corrected),
      correctedBy: row.correctedBy?.displayName ?? null,
      correctedAt: row.correctedAt,
      modelVersion: row.modelVersion,
    }));
  }
}
