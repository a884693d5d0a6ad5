import { type ChannelEntity } from './channel.entity';
import { type Channel } from './dto/channel.type';

export function toChannelType(entity: ChannelEntity): Channel {
  return {
    id: entity.id,
    kind: entity.kind,
    displayName: entity.displayName,
    externalAccountId: entity.externalAccountId,
    isSample: entity.isSample,
  };
}
