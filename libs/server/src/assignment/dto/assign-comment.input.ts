import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('AssignCommentInput', { description: 'Hands a comment to a team member.' })
export class AssignCommentInput {
  @Field(() => ID, { description: 'The comment.' })
  commentId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The team member to assign it to; null to unassign. Agents and reviewers may take a comment themselves or give up their own; managers assign anyone.',
  })
  assigneeId!: string | null;
}
