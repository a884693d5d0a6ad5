import { type AuthorNoteEntity } from './author-note.entity';
import { type AuthorView } from './authors.service';
import { type AuthorNote, type AuthorProfile } from './dto/author.types';

/** The one place an author is shaped for GraphQL: what the platforms show and the team's flag. */
export function toAuthorProfileType(view: AuthorView): AuthorProfile {
  return {
    id: view.key,
    profileId: view.profileId,
    displayName: view.displayName,
    handles: view.handles,
    channels: view.channels,
    commentCount: view.commentCount,
    firstSeenAt: view.firstSeenAt,
    lastSeenAt: view.lastSeenAt,
    flag: view.flag,
    flagChangedAt: view.flagChangedAt,
    flagChangedByName: view.flagChangedByName,
  };
}

export function toAuthorNoteType(entity: AuthorNoteEntity): AuthorNote {
  return {
    id: entity.id,
    body: entity.body,
    writtenById: entity.writtenById,
    writtenByName: entity.writtenByName,
    createdAt: entity.createdAt,
  };
}
