import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { toCommentType } from '../comments/comment.mapper';
import { Comment } from '../comments/dto/comment.type';
import { Clock } from '../common/clock';
import { type GraphQLContext } from '../common/loaders';
import {
  CreateModerationRuleInput,
  DeleteModerationRuleInput,
  HideCommentInput,
  ModerationActionInput,
  ModerationActionsArgs,
  UnhideCommentInput,
  UpdateModerationRuleInput,
  UpdateModerationWordListsInput,
} from './dto/moderation.inputs';
import { ModerationAction, ModerationActionConnection } from './dto/moderation-action.types';
import { ModerationRule, ModerationWordLists } from './dto/moderation-rule.types';
import { toModerationActionType, toModerationRuleType } from './moderation.mapper';
import { type ModerationActionEntity } from './moderation-action.entity';
import {
  type ModerationActionFilter,
  ModerationActionsService,
} from './moderation-actions.service';
import { ModerationLoaders } from './moderation-loaders';
import { ModerationRulesService } from './moderation-rules.service';

/** A connection remembers its filter so `totalCount` is only computed when a client asks. */
type ModerationActionConnectionResult = Omit<ModerationActionConnection, 'totalCount'> & {
  filter: ModerationActionFilter;
};

@Roles('manager')
@Resolver(() => ModerationRule)
export class ModerationRulesResolver {
  constructor(private readonly rulesService: ModerationRulesService) {}

  @Query(() => [ModerationRule], { description: 'Every moderation rule, oldest first.' })
  async moderationRules(): Promise<ModerationRule[]> {
    return (await this.rulesService.rules()).map(toModerationRuleType);
  }

  @Query(() => ModerationWordLists, {
    description: 'The banned and suspect words and the trusted domains the rules read.',
  })
  moderationWordLists(): Promise<ModerationWordLists> {
    return this.rulesService.lists();
  }

  @Mutation(() => ModerationRule, {
    description: 'Adds a moderation rule; it applies to comments that arrive from now on.',
  })
  async createModerationRule(
    @Args('input', { description: 'The rule.' }) input: CreateModerationRuleInput,
    @CurrentActor() actor: Actor,
  ): Promise<ModerationRule> {
    const rule = await this.rulesService.createRule(actor, {
      name: input.name,
      enabled: input.enabled ?? true,
      condition: input.condition,
      intents: input.intents ?? [],
      minConfidence: input.minConfidence ?? null,
      action: input.action,
      team: input.team ?? null,
      reasonCode: input.reasonCode ?? null,
    });
    return toModerationRuleType(rule);
  }

  @Mutation(() => ModerationRule, {
    description: 'Changes a moderation rule (switch it on or off with `enabled`).',
  })
  async updateModerationRule(
    @Args('input', { description: 'The rule and what changes.' }) input: UpdateModerationRuleInput,
    @CurrentActor() actor: Actor,
  ): Promise<ModerationRule> {
    const { id, ...patch } = input;
    const rule = await this.rulesService.updateRule(actor, id, {
      ...(patch.name != null ? { name: patch.name } : {}),
      ...(patch.enabled != null ? { enabled: patch.enabled } : {}),
      ...(patch.condition != null ? { condition: patch.condition } : {}),
      ...(patch.intents != null ? { intents: patch.intents } : {}),
      ...(patch.action != null ? { action: patch.action } : {}),
      ...(patch.minConfidence !== undefined ? { minConfidence: patch.minConfidence } : {}),
      ...(patch.team !== undefined ? { team: patch.team } : {}),
      ...(patch.reasonCode !== undefined ? { reasonCode: patch.reasonCode } : {}),
    });
    return toModerationRuleType(rule);
  }

  @Mutation(() => ID, {
    description: 'Deletes a moderation rule and returns its id; what it did stays undoable.',
  })
  deleteModerationRule(
    @Args('input', { description: 'The rule.' }) input: DeleteModerationRuleInput,
    @CurrentActor() actor: Actor,
  ): Promise<string> {
    return this.rulesService.deleteRule(actor, input.id);
  }

  @Mutation(() => ModerationWordLists, { description: 'Replaces the moderation lists given.' })
  updateModerationWordLists(
    @Args('input', { description: 'The lists to replace.' }) input: UpdateModerationWordListsInput,
    @CurrentActor() actor: Actor,
  ): Promise<ModerationWordLists> {
    return this.rulesService.updateLists(actor, input);
  }
}

@Roles('reviewer')
@Resolver(() => ModerationAction)
export class ModerationActionsResolver {
  constructor(
    private readonly actionsService: ModerationActionsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => ModerationActionConnection, {
    description:
      'Moderation actions, newest first: the log of what rules and people hid or assigned.',
  })
  async moderationActions(
    @Args() args: ModerationActionsArgs,
    @Context() context: GraphQLContext,
  ): Promise<ModerationActionConnectionResult> {
    const filter = { automatic: args.automatic, state: args.state };
    const page = await this.actionsService.list({ filter, first: args.first, after: args.after });
    const nodes = await toTypes(
      page.edges.map((edge) => edge.node),
      context,
    );
    return {
      edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: nodes[index] })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.edges[0]?.cursor ?? null,
        endCursor: page.edges.at(-1)?.cursor ?? null,
      },
      filter,
    };
  }

  @Mutation(() => ModerationAction, {
    description:
      'Undoes a moderation action in one click: the comment gets its previous status back (and an untouched case from an assignment is removed).',
  })
  async undoModerationAction(
    @Args('input', { description: 'The action.' }) input: ModerationActionInput,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLContext,
  ): Promise<ModerationAction> {
    const action = await this.actionsService.undo({ id: input.id, actor, now: this.clock.now() });
    return (await toTypes([action], context))[0];
  }

  @Mutation(() => ModerationAction, {
    description: 'Keeps a held comment hidden: the hold becomes CONFIRMED.',
  })
  async confirmModerationAction(
    @Args('input', { description: 'The hold.' }) input: ModerationActionInput,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLContext,
  ): Promise<ModerationAction> {
    const action = await this.actionsService.confirm({
      id: input.id,
      actor,
      now: this.clock.now(),
    });
    return (await toTypes([action], context))[0];
  }

  @Roles('agent')
  @Mutation(() => ModerationAction, {
    description: 'Hides a comment by hand, with a community-guidelines reason (audited).',
  })
  async hideComment(
    @Args('input', { description: 'The comment and the reason.' }) input: HideCommentInput,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLContext,
  ): Promise<ModerationAction> {
    const action = await this.actionsService.hide({ ...input, actor, now: this.clock.now() });
    return (await toTypes([action], context))[0];
  }

  @Roles('reviewer')
  @Mutation(() => ModerationAction, {
    description:
      'Deletes spam or abuse on its platform where the channel allows (reviewers; irreversible), with a community-guidelines reason; it is hidden in Bedside too.',
  })
  async deleteCommentOnPlatform(
    @Args('input', { description: 'The comment and the reason.' }) input: HideCommentInput,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLContext,
  ): Promise<ModerationAction> {
    const action = await this.actionsService.deleteOnPlatform({
      ...input,
      actor,
      now: this.clock.now(),
    });
    return (await toTypes([action], context))[0];
  }

  @Roles('agent')
  @Mutation(() => Comment, {
    description:
      'Shows a hidden comment again by undoing its latest hide; a rule’s hide or a hold needs a reviewer.',
  })
  async unhideComment(
    @Args('input', { description: 'The comment.' }) input: UnhideCommentInput,
    @CurrentActor() actor: Actor,
  ): Promise<Comment> {
    const comment = await this.actionsService.unhide({
      commentId: input.commentId,
      actor,
      now: this.clock.now(),
    });
    return toCommentType(comment);
  }

  @Roles('agent')
  @ResolveField(() => Comment, { nullable: true })
  async comment(
    @Parent() action: ModerationAction,
    @Context() context: GraphQLContext,
  ): Promise<Comment | null> {
    const comment = await context.loaders.comment.load(action.commentId);
    return comment ? toCommentType(comment) : null;
  }
}

@Roles('reviewer')
@Resolver(() => ModerationActionConnection)
export class ModerationActionConnectionResolver {
  constructor(private readonly actionsService: ModerationActionsService) {}

  @ResolveField(() => Int)
  totalCount(@Parent() connection: ModerationActionConnectionResult): Promise<number> {
    return this.actionsService.count(connection.filter);
  }
}

@Roles('agent')
@Resolver(() => Comment)
export class CommentModerationResolver {
  constructor(private readonly loaders: ModerationLoaders) {}

  @ResolveField(() => [ModerationAction], {
    description: 'Moderation actions on this comment (automatic or by a person), newest first.',
  })
  async moderationActions(
    @Parent() comment: Comment,
    @Context() context: object,
  ): Promise<ModerationAction[]> {
    const actions = await this.loaders.actionsOfComment(context).load(comment.id);
    return actions.map((action) => toModerationActionType(action, comment.status));
  }
}

/** Shapes actions with their comment's current status (for `canUndo`), one query for all. */
async function toTypes(
  actions: readonly ModerationActionEntity[],
  context: GraphQLContext,
): Promise<ModerationAction[]> {
  const comments = await context.loaders.comment.loadMany(
    actions.map((action) => action.commentId),
  );
  return actions.map((action, index) => {
    const comment = comments[index];
    return toModerationActionType(
      action,
      comment && !(comment instanceof Error) ? comment.status : null,
    );
  });
}
