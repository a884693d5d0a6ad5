import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IngestRejection', { description: 'A row that was not stored, and why.' })
export class IngestRejection {
  @Field(() => Int, { description: 'Zero-based position of the row in the submitted list.' })
  index!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The externalId the row carried, when it had one.',
  })
  externalId!: string | null;

  @Field({ description: 'What is wrong, naming the field; never repeats the comment text.' })
  message!: string;
}

@ObjectType('IngestReport', { description: 'What happened to each row of an ingestion batch.' })
export class IngestReport {
  @Field(() => Int, { description: 'New comments stored.' })
  accepted!: number;

  @Field(() => Int, { description: 'Known comments whose text changed: the edit was recorded.' })
  updated!: number;

  @Field(() => Int, { description: 'Known comments received again unchanged: nothing stored.' })
  duplicates!: number;

  @Field(() => [IngestRejection], { description: 'Rows refused, with their positions.' })
  rejected!: IngestRejection[];
}
