import { Field, ID, ObjectType } from '@nestjs/graphql';

import { Channel } from '../../channels/dto/channel.type';

@ObjectType('Post', { description: "The hospital's own post or page that comments sit on." })
export class Post {
  @Field(() => ID, { description: 'Bedside id of the post.' })
  id!: string;

  /** For the channel resolver; not a GraphQL field. */
  channelId!: string;

  @Field(() => Channel, { description: 'The channel the post is on.' })
  channel?: Channel;

  @Field({ description: "The post's id on the platform." })
  externalId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Link to the post; null when the platform gave none.',
  })
  url!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What the post says; null until the channel has sent it (a comment can arrive first).',
  })
  text!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the post was published; null when unknown.',
  })
  publishedAt!: Date | null;
}
