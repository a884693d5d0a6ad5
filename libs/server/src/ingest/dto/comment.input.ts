import { Field, InputType, Int } from '@nestjs/graphql';

/**
 * Every field is nullable on purpose: a row with a missing or bad field must be rejected on its
 * own (reported by index in IngestReport.rejected) while the rest of the batch is stored, which
 * GraphQL's own validation would not allow — it refuses the whole request.
 */
@InputType('CommentInput', {
  description: 'A comment to store, as a channel or an import hands it over.',
})
export class CommentInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Required. The platform: facebook, instagram, x, youtube, google_review, blog or import (case-insensitive; "twitter" means x).',
  })
  channel?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Required. The comment's id on its platform; with the channel, the idempotency key.",
  })
  externalId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Platform id of the comment this one replies to, on the same channel.',
  })
  parentExternalId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Platform id of the hospital post it sits on.',
  })
  postExternalId?: string | null;

  @Field(() => String, { nullable: true, description: "Author's display name." })
  authorName?: string | null;

  @Field(() => String, { nullable: true, description: "Author's handle." })
  authorHandle?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required. The text, 1 to 20,000 characters.',
  })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the comment.' })
  url?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Star rating 1–5 of a review (Google reviews); omit for comments.',
  })
  rating?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When it was written, ISO 8601 (e.g. 2026-11-02T14:05:00Z; no zone means UTC). Defaults to the time received.',
  })
  createdAt?: string | null;
}
