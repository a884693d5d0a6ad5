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
import { type CommentEntity } from '../comments/comment.entity';
import { toCommentType } from '../comments/comment.mapper';
import { Comment } from '../comments/dto/comment.type';
import { Clock } from '../common/clock';
import { type GraphQLContext } from '../common/loaders';
import { toCaseEventType, toCaseType } from './case.mapper';
import { CaseLoaders } from './case-loaders';
import { CasesService } from './cases.service';
import {
  AddCaseNoteInput,
  ChangeCaseStatusInput,
  EscalateCommentInput,
  LinkCommentToCaseInput,
  UpdateCaseInput,
} from './dto/case.inputs';
import { Case, CaseEvent } from './dto/case.types';
import { CaseConnection } from './dto/case-connection.type';
import { CaseFilter, CasesArgs } from './dto/cases.args';

/** A connection remembers its filter and time so `totalCount` runs only when asked for. */
type CaseConnectionResult = Omit<CaseConnection, 'totalCount'> & {
  filter: CaseFilter | null;
  now: Date;
};

@Roles('agent')
@Resolver(() => Case)
export class CasesResolver {
  constructor(
    private readonly casesService: CasesService,
    private readonly loaders: CaseLoaders,
    private readonly clock: Clock,
  ) {}

  @Query(() => CaseConnection, { description: 'A keyset-paginated, filtered page of cases.' })
  async cases(@Args() args: CasesArgs): Promise<CaseConnectionResult> {
    const now = this.clock.now();
    const page = await this.casesService.list({
      filter: args.filter,
      order: args.orderBy,
      first: args.first,
      after: args.after,
      now,
    });
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toCaseType(edge.node, now) })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.edges[0]?.cursor ?? null,
        endCursor: page.edges.at(-1)?.cursor ?? null,
      },
      filter: args.filter ?? null,
      now,
    };
  }

  @Query(() => Case, { nullable: true, description: 'One case; null when no case has this id.' })
  async case(
    @Args('id', { type: () => ID, description: 'Bedside id of the case.' }) id: string,
  ): Promise<Case | null> {
    const entity = await this.casesService.findById(id);
    return entity ? toCaseType(entity, this.clock.now()) : null;
  }

  @Mutation(() => Case, {
    description:
      'Opens a case from comments: they become ESCALATED, the priority is their most urgent urgency and the deadline comes from its SLA policy.',
  })
  async escalateComment(
    @Args('input', { description: 'The comments, category, team and optional owner and note.' })
    input: EscalateCommentInput,
    @CurrentActor() actor: Actor,
  ): Promise<Case> {
    const now = this.clock.now();
    const entity = await this.casesService.escalate({ ...input, actor, now });
    return toCaseType(entity, now);
  }

  @Mutation(() => Case, {
    description: 'Links one more comment to a case; it becomes ESCALATED.',
  })
  async linkCommentToCase(
    @Args('input', { description: 'The case and the comment.' }) input: LinkCommentToCaseInput,
    @CurrentActor() actor: Actor,
  ): Promise<Case> {
    const now = this.clock.now();
    const entity = await this.casesService.linkComment({ ...input, actor, now });
    return toCaseType(entity, now);
  }

  @Mutation(() => Case, { description: 'Changes the team, assignee, priority or category.' })
  async updateCase(
    @Args('input', { description: 'The case and the fields to change.' }) input: UpdateCaseInput,
    @CurrentActor() actor: Actor,
  ): Promise<Case> {
    const now = this.clock.now();
    const entity = await this.casesService.update({ ...input, actor, now });
    return toCaseType(entity, now);
  }

  @Mutation(() => Case, {
    description:
      'Moves a case through its workflow; a move CaseStatus does not allow, or resolving without a note, is refused as BAD_USER_INPUT.',
  })
  async changeCaseStatus(
    @Args('input', { description: 'The case, its new status and the resolution note.' })
    input: ChangeCaseStatusInput,
    @CurrentActor() actor: Actor,
  ): Promise<Case> {
    const now = this.clock.now();
    const entity = await this.casesService.changeStatus({ ...input, actor, now });
    return toCaseType(entity, now);
  }

  @Mutation(() => Case, { description: 'Adds an internal note to a case timeline.' })
  async addCaseNote(
    @Args('input', { description: 'The case and the note.' }) input: AddCaseNoteInput,
    @CurrentActor() actor: Actor,
  ): Promise<Case> {
    const now = this.clock.now();
    const entity = await this.casesService.addNote({ ...input, actor, now });
    return toCaseType(entity, now);
  }

  @ResolveField(() => [Comment])
  async comments(@Parent() parent: Case, @Context() context: GraphQLContext): Promise<Comment[]> {
    const ids = await this.loaders.for(context).commentIdsOfCase.load(parent.id);
    const comments = await context.loaders.comment.loadMany(ids);
    return comments
      .filter((comment): comment is CommentEntity => comment != null && !(comment instanceof Error))
      .map(toCommentType);
  }

  @ResolveField(() => [CaseEvent])
  async events(@Parent() parent: Case, @Context() context: object): Promise<CaseEvent[]> {
    const events = await this.loaders.for(context).eventsOfCase.load(parent.id);
    return events.map(toCaseEventType);
  }

  @ResolveField(() => String, { nullable: true })
  assigneeName(@Parent() parent: Case, @Context() context: object): Promise<string | null> {
    return parent.assigneeId
      ? this.loaders.for(context).userName.load(parent.assigneeId)
      : Promise.resolve(null);
  }

  @ResolveField(() => String, { nullable: true })
  createdByName(@Parent() parent: Case, @Context() context: object): Promise<string | null> {
    return parent.createdById
      ? this.loaders.for(context).userName.load(parent.createdById)
      : Promise.resolve(null);
  }
}

@Roles('agent')
@Resolver(() => CaseConnection)
export class CaseConnectionResolver {
  constructor(private readonly cases: CasesService) {}

  @ResolveField(() => Int)
  totalCount(@Parent() connection: CaseConnectionResult): Promise<number> {
    return this.cases.count(connection.filter, connection.now);
  }
}

@Roles('agent')
@Resolver(() => Comment)
export class CommentCasesResolver {
  constructor(
    private readonly loaders: CaseLoaders,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => [Case], { description: 'The cases this comment is linked to, newest first.' })
  async cases(@Parent() comment: Comment, @Context() context: object): Promise<Case[]> {
    const now = this.clock.now();
    const cases = await this.loaders.for(context).casesOfComment.load(comment.id);
    return cases.map((entity) => toCaseType(entity, now));
  }
}
