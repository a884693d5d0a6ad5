import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('MarkNotificationsReadInput', { description: 'Which notifications to mark read.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'These notifications; all of the signed-in person’s when omitted.',
  })
  ids?: string[] | null;
}
