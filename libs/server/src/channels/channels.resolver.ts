import { Query, Resolver } from '@nestjs/graphql';

import { Roles } from '../auth/roles.decorator';
import { toChannelType } from './channel.mapper';
import { ChannelsService } from './channels.service';
import { Channel } from './dto/channel.type';

@Roles('agent')
@Resolver(() => Channel)
export class ChannelsResolver {
  constructor(private readonly channelsService: ChannelsService) {}

  @Query(() => [Channel], { description: 'Every channel, grouped by platform, oldest first.' })
  async channels(): Promise<Channel[]> {
    return (await this.channelsService.list()).map(toChannelType);
  }
}
