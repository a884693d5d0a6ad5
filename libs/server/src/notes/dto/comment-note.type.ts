import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('CommentNote', {
  description:
    'An internal note on a comment: visible to the team only, never posted to the platform.',
})
export class CommentNote {
  @Field(() => ID, { description: 'Bedside id of the note.' })
  id!: string;

  @Field(() => ID, { description: 'The comment it is about.' })
  commentId!: string;

  @Field(() => ID, { nullable: true, description: "The author's user id; null once removed." })
  authorId!: string | null;

  @Field({ description: "The author's display name when they wrote it." })
  authorName!: string;

  @Field({ description: 'The note as written, with @mentions in it.' })
  body!: string;

  @Field(() => [ID], { description: 'Team members the note @mentions (they were notified).' })
  mentionedUserIds!: string[];

  @Field(() => Date, { description: 'When it was written.' })
  createdAt!: Date;
}

@InputType('AddCommentNoteInput', { description: 'A new internal note on a comment.' })
export class AddCommentNoteInput {
  @Field(() => ID, { description: 'The comment.' })
  commentId!: string;

  @Field({
    description:
      'The note, 1–5,000 characters. "@Full Name" (or a first name only one member has) mentions and notifies a team member.',
  })
  body!: string;
}
