import { Module } from '@nestjs/common';

import { ChannelsModule } from '../channels/channels.module';
import { CommentsModule } from '../comments/comments.module';
import { PostsModule } from '../posts/posts.module';
import { UsersModule } from '../users/users.module';
import { LoadersFactory } from './loaders';

@Module({
  imports: [ChannelsModule, PostsModule, CommentsModule, UsersModule],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
