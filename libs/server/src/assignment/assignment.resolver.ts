import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { toCommentType } from '../comments/comment.mapper';
import { Comment } from '../comments/dto/comment.type';
import { type GraphQLContext } from '../common/loaders';
import { TeamMember } from '../users/dto/user.types';
import { AssignmentService } from './assignment.service';
import { AssignCommentInput } from './dto/assign-comment.input';

@Roles('agent')
@Resolver(() => Comment)
export class AssignmentResolver {
  constructor(private readonly assignment: AssignmentService) {}

  @Mutation(() => Comment, {
    description:
      'Assigns a comment to a team member or unassigns it. Agents and reviewers may only take a comment themselves or give back their own (FORBIDDEN otherwise); managers assign anyone. The assignee is notified.',
  })
  async assignComment(
    @Args('input', { description: 'The comment and its new assignee.' }) input: AssignCommentInput,
    @CurrentActor() actor: Actor,
  ): Promise<Comment> {
    return toCommentType(
      await this.assignment.assign({
        commentId: input.commentId,
        assigneeId: input.assigneeId,
        actor,
      }),
    );
  }

  @ResolveField(() => TeamMember, {
    nullable: true,
    description: 'The team member working on it; null when unassigned.',
  })
  async assignee(
    @Parent() comment: Comment,
    @Context() context: GraphQLContext,
  ): Promise<TeamMember | null> {
    if (!comment.assigneeId) {
      return null;
    }
    const user = await context.loaders.user.load(comment.assigneeId);
    return user ? { id: user.id, displayName: user.displayName, role: user.role } : null;
  }
}
