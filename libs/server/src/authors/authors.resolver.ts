import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { toCommentType } from '../comments/comment.mapper';
import { notFound } from '../common/app-error';
import { toAuthorNoteType, toAuthorProfileType } from './author.mapper';
import { AuthorsService } from './authors.service';
import {
  AddAuthorNoteInput,
  AuthorCommentConnection,
  AuthorCommentsArgs,
  AuthorNote,
  AuthorProfile,
  SetAuthorFlagInput,
} from './dto/author.types';

@Roles('agent')
@Resolver(() => AuthorProfile)
export class AuthorsResolver {
  constructor(private readonly authorsService: AuthorsService) {}

  @Query(() => AuthorProfile, {
    nullable: true,
    description:
      'The author of a comment, across every channel; null when the comment names nobody Bedside can recognise.',
  })
  async author(
    @Args('commentId', { type: () => ID, description: 'Any comment by the author.' })
    commentId: string,
  ): Promise<AuthorProfile | null> {
    const view = await this.authorsService.forComment(commentId);
    return view ? toAuthorProfileType(view) : null;
  }

  @Roles('manager')
  @Mutation(() => AuthorProfile, {
    description: 'Watches, blocks or clears the author of a comment (audited).',
  })
  async setAuthorFlag(
    @Args('input', { description: 'The comment and the flag.' }) input: SetAuthorFlagInput,
    @CurrentActor() actor: Actor,
  ): Promise<AuthorProfile> {
    const key = await this.authorsService.setFlag({ ...input, actor });
    return this.profile(key);
  }

  @Mutation(() => AuthorProfile, {
    description: 'Adds a team note about the author of a comment.',
  })
  async addAuthorNote(
    @Args('input', { description: 'The comment and the note.' }) input: AddAuthorNoteInput,
    @CurrentActor() actor: Actor,
  ): Promise<AuthorProfile> {
    const key = await this.authorsService.addNote({ ...input, actor });
    return this.profile(key);
  }

  // Only the author panel asks for an author, one at a time: no loader is needed.
  @ResolveField(() => [AuthorNote])
  async notes(@Parent() profile: AuthorProfile): Promise<AuthorNote[]> {
    return (await this.authorsService.notes(profile.profileId)).map(toAuthorNoteType);
  }

  @ResolveField(() => AuthorCommentConnection)
  async comments(
    @Parent() profile: AuthorProfile,
    @Args() args: AuthorCommentsArgs,
  ): Promise<AuthorCommentConnection> {
    const page = await this.authorsService.comments({ key: profile.id, ...args });
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toCommentType(edge.node) })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.edges[0]?.cursor ?? null,
        endCursor: page.edges.at(-1)?.cursor ?? null,
      },
      totalCount: profile.commentCount,
    };
  }

  private async profile(key: string): Promise<AuthorProfile> {
    const view = await this.authorsService.view(key);
    if (!view) {
      throw notFound('The author');
    }
    return toAuthorProfileType(view);
  }
}
