import { type CommentEntity } from './comment.entity';
import { type Comment } from './dto/comment.type';

/**
 * The one place a stored comment is shaped for GraphQL. Relations (channel, post, parent,
 * replies) are left to field resolvers and their DataLoaders.
 */
export function toCommentType(entity: CommentEntity): Comment {
  return {
    id: entity.id,
    channelId: entity.channelId,
    postId: entity.postId,
    parentId: entity.parentId,
    externalId: entity.externalId,
    authorName: entity.authorName,
    authorHandle: entity.authorHandle,
    text: entity.text,
    url: entity.url,
    rating: entity.rating,
    createdAt: entity.createdAt,
    receivedAt: entity.receivedAt,
    editedAt: entity.editedAt,
    deletedAt: entity.deletedAt,
    revision: entity.revision,
    status: entity.status,
    statusChangedAt: entity.statusChangedAt,
    firstRespondedAt: entity.firstRespondedAt,
    assigneeId: entity.assigneeId,
    sentiment: entity.sentiment,
    sentimentScore: entity.sentimentScore,
    intents: entity.intents ?? [],
    urgency: entity.urgency,
    phi: entity.phiSpans ?? [],
    hasPhi: entity.hasPhi,
    triageReasons: Object.entries(entity.triageReasons ?? {}).map(([label, cues]) => ({
      label,
      cues,
    })),
    triageModelVersion: entity.triageModelVersion,
  };
}
