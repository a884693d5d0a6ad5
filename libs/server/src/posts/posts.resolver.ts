import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Roles } from '../auth/roles.decorator';
import { toChannelType } from '../channels/channel.mapper';
import { Channel } from '../channels/dto/channel.type';
import { notFound } from '../common/app-error';
import { type GraphQLContext } from '../common/loaders';
import { Post } from './dto/post.type';

@Roles('agent')
@Resolver(() => Post)
export class PostsResolver {
  @ResolveField(() => Channel)
  async channel(@Parent() post: Post, @Context() context: GraphQLContext): Promise<Channel> {
    const channel = await context.loaders.channel.load(post.channelId);
    if (!channel) {
      throw notFound('The channel');
    }
    return toChannelType(channel);
  }
}
