import { Query, Resolver } from '@nestjs/graphql';

import { toChannelType } from './channel.mapper';
import { ChannelsService } from './channels.service';
import { Channel } from './dto/channel.type';

@Resolver(() => Channel)
export class ChannelsResolver {
  constructor(private readonly channelsService: ChannelsService) {}

  @Query(() => [Channel], { description: 'Every channel, grouped by platform, oldest first.' })
  async channels(): Promise<Channel[]> {
    return (await this.channelsService.list()).map(toChannelType);
  }
}
