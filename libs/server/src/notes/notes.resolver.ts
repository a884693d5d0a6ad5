import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Comment } from '../comments/dto/comment.type';
import { AddCommentNoteInput, CommentNote } from './dto/comment-note.type';
import { NotesService } from './notes.service';

@Roles('agent')
@Resolver(() => Comment)
export class NotesResolver {
  constructor(private readonly notesService: NotesService) {}

  @Mutation(() => CommentNote, {
    description: 'Adds an internal note to a comment; @mentioned team members are notified.',
  })
  addCommentNote(
    @Args('input', { description: 'The comment and the note.' }) input: AddCommentNoteInput,
    @CurrentActor() actor: Actor,
  ): Promise<CommentNote> {
    return this.notesService.add({ commentId: input.commentId, body: input.body, actor });
  }

  // One comment's detail asks for its notes; a list never does, so no loader is needed.
  @ResolveField(() => [CommentNote], {
    description: 'Internal notes of the team on this comment, oldest first.',
  })
  async notes(@Parent() comment: Comment): Promise<CommentNote[]> {
    return (await this.notesService.forComments([comment.id])).get(comment.id) ?? [];
  }
}
