import { type Post } from './dto/post.type';
import { type PostEntity } from './post.entity';

export function toPostType(entity: PostEntity): Post {
  return {
    id: entity.id,
    channelId: entity.channelId,
    externalId: entity.externalId,
    url: entity.url,
    text: entity.text,
    publishedAt: entity.publishedAt,
  };
}
