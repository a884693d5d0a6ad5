import { Module } from '@nestjs/common';

import { ChannelConnectionsService } from './channel-connections.service';
import { ChannelsResolver } from './channels.resolver';
import { ChannelsService } from './channels.service';

@Module({
  providers: [ChannelsService, ChannelsResolver, ChannelConnectionsService],
  exports: [ChannelsService, ChannelConnectionsService],
})
export class ChannelsModule {}
