import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Comment } from '../comments/dto/comment.type';
import { Clock } from '../common/clock';
import { CommentSla, SlaPolicy, UpdateSlaPolicyInput } from './dto/sla.types';
import { toSlaPolicyType } from './sla.mapper';
import { SlaService } from './sla.service';

@Roles('agent')
@Resolver(() => SlaPolicy)
export class SlaResolver {
  constructor(
    private readonly sla: SlaService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [SlaPolicy], {
    description: 'The SLA deadline of each urgency, most urgent first.',
  })
  async slaPolicies(): Promise<SlaPolicy[]> {
    return (await this.sla.policies()).map(toSlaPolicyType);
  }

  @Roles('manager')
  @Mutation(() => SlaPolicy, {
    description:
      'Changes the deadline of one urgency. Comments follow at once; cases already open keep the deadline they were given.',
  })
  async updateSlaPolicy(
    @Args('input', { description: 'The urgency and its new deadline.' })
    input: UpdateSlaPolicyInput,
    @CurrentActor() actor: Actor,
  ): Promise<SlaPolicy> {
    const saved = await this.sla.update({
      urgency: input.urgency,
      minutes: input.minutes ?? null,
      actor,
      now: this.clock.now(),
    });
    const updatedBy = saved.updatedById ? actor.displayName : null;
    return { ...toSlaPolicyType(saved), updatedBy };
  }
}

@Roles('agent')
@Resolver(() => Comment)
export class CommentSlaResolver {
  constructor(
    private readonly slaService: SlaService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => CommentSla, {
    description: 'Its first-response deadline under the current SLA policy, and the response time.',
  })
  async sla(@Parent() comment: Comment): Promise<CommentSla> {
    const view = this.slaService.commentSla(
      comment,
      await this.slaService.minutes(),
      this.clock.now(),
    );
    return {
      state: view.state,
      breached: view.state === 'breached',
      dueAt: view.dueAt,
      stoppedAt: view.stoppedAt,
      firstRespondedAt: view.firstRespondedAt,
      firstResponseSeconds: view.firstResponseSeconds,
    };
  }
}
