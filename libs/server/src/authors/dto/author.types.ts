import {
  AUTHOR_FLAG_LABELS,
  AUTHOR_FLAGS,
  type AuthorFlag,
  type ChannelKind,
} from '@bedside/domain';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { CommentEdge, PageInfo } from '../../comments/dto/comment-connection.type';
import { ChannelKindEnum, describeValues, graphqlEnum } from '../../common/graphql-enums';
import { DEFAULT_AUTHOR_COMMENTS_PAGE, MAX_AUTHOR_COMMENTS_PAGE } from '../authors.service';

export const AuthorFlagEnum = graphqlEnum<AuthorFlag>(AUTHOR_FLAGS);

const FLAG_DESCRIPTIONS: Record<AuthorFlag, string> = {
  none: `${AUTHOR_FLAG_LABELS.none}.`,
  watch: `${AUTHOR_FLAG_LABELS.watch}: the team keeps an eye on them (WATCHED_AUTHOR rules may hold their comments).`,
  block: `${AUTHOR_FLAG_LABELS.block}: BLOCKED_AUTHOR rules hide their new comments.`,
};

registerEnumType(AuthorFlagEnum, {
  name: 'AuthorFlag',
  description: 'What the team decided about an author.',
  valuesMap: describeValues(AUTHOR_FLAGS, (flag) => FLAG_DESCRIPTIONS[flag]),
});

@ObjectType('AuthorNote', {
  description:
    'An internal note of the team about an author: never posted, never audited with its text.',
})
export class AuthorNote {
  @Field(() => ID, { description: 'Bedside id of the note.' })
  id!: string;

  @Field({ description: 'The note as written.' })
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The team member who wrote it; null once their account is deleted.',
  })
  writtenById!: string | null;

  @Field({ description: 'Their display name when they wrote it.' })
  writtenByName!: string;

  @Field({ description: 'When it was written (UTC).' })
  createdAt!: Date;
}

@ObjectType('AuthorCommentConnection', {
  description: 'A page of an author’s comments across every channel, newest first.',
})
export class AuthorCommentConnection {
  @Field(() => [CommentEdge], { description: 'The comments of this page.' })
  edges!: CommentEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many comments the author has in all pages.' })
  totalCount!: number;
}

@ObjectType('AuthorProfile', {
  description:
    'One person who writes to the hospital, recognised across channels by name (or handle), with the team’s flag and notes. Holds nothing about their health.',
})
export class AuthorProfile {
  @Field(() => ID, {
    description: 'Opaque id of the author; stable while their name (or handle) stays the same.',
  })
  id!: string;

  /** The author_profiles row, once someone has flagged or noted them; not a GraphQL field. */
  profileId!: string | null;

  @Field({ description: 'The name on their newest comment (or @handle when there is none).' })
  displayName!: string;

  @Field(() => [String], { description: 'The handles they used, with @, alphabetically.' })
  handles!: string[];

  @Field(() => [ChannelKindEnum], { description: 'The platforms they wrote on.' })
  channels!: ChannelKind[];

  @Field(() => Int, { description: 'How many comments they wrote, on every channel.' })
  commentCount!: number;

  @Field({ description: 'When their oldest comment was written (UTC).' })
  firstSeenAt!: Date;

  @Field({ description: 'When their newest comment was written (UTC).' })
  lastSeenAt!: Date;

  @Field(() => AuthorFlagEnum, { description: 'Watched, blocked or neither.' })
  flag!: AuthorFlag;

  @Field(() => Date, { nullable: true, description: 'When the flag last changed; null if never.' })
  flagChangedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who changed the flag last.' })
  flagChangedByName!: string | null;

  @Field(() => [AuthorNote], { description: 'The team’s notes about them, oldest first.' })
  notes?: AuthorNote[];

  @Field(() => AuthorCommentConnection, {
    description: 'Everything they wrote, on every channel, newest first.',
  })
  comments?: AuthorCommentConnection;
}

@ArgsType()
export class AuthorCommentsArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1–${MAX_AUTHOR_COMMENTS_PAGE}; ${DEFAULT_AUTHOR_COMMENTS_PAGE} when left out.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Start after this cursor (`endCursor`).' })
  after?: string | null;
}

@InputType('SetAuthorFlagInput', {
  description: 'Watches, blocks or clears the author of a comment.',
})
export class SetAuthorFlagInput {
  @Field(() => ID, { description: 'Any comment by the author.' })
  commentId!: string;

  @Field(() => AuthorFlagEnum, {
    description: 'The new flag. BLOCK hides what they write next; nothing already posted changes.',
  })
  flag!: AuthorFlag;
}

@InputType('AddAuthorNoteInput', { description: 'A team note about the author of a comment.' })
export class AddAuthorNoteInput {
  @Field(() => ID, { description: 'Any comment by the author.' })
  commentId!: string;

  @Field({
    description:
      'The note, 1–2,000 characters. About how they interact with the page, never about their health.',
  })
  body!: string;
}
