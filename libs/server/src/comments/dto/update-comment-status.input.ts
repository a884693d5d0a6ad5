import { type CommentStatus } from '@bedside/domain';
import { Field, ID, InputType } from '@nestjs/graphql';

import { CommentStatusEnum } from '../../common/graphql-enums';

@InputType('UpdateCommentStatusInput', {
  description: 'Moves a comment to another workflow status.',
})
export class UpdateCommentStatusInput {
  @Field(() => ID, { description: 'The comment.' })
  id!: string;

  @Field(() => CommentStatusEnum, { description: 'The new status.' })
  status!: CommentStatus;
}
