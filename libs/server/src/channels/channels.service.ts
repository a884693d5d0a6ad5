import { CHANNEL_KIND_LABELS, type ChannelKind } from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';

import { newId } from '../common/ids';
import { ChannelEntity } from './channel.entity';

export interface ChannelRouting {
  /** Route to the demo channels instead of the real ones. */
  sample: boolean;
}

@Injectable()
export class ChannelsService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<ChannelEntity[]> {
    return this.dataSource
      .getRepository(ChannelEntity)
      .find({ order: { kind: 'ASC', createdAt: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<ChannelEntity[]> {
    return this.dataSource.getRepository(ChannelEntity).findBy({ id: In([...ids]) });
  }

  async idsForKinds(kinds: readonly ChannelKind[]): Promise<string[]> {
    const channels = await this.dataSource
      .getRepository(ChannelEntity)
      .find({ select: { id: true }, where: { kind: In([...kinds]) } });
    return channels.map((channel) => channel.id);
  }

  /**
   * The channel that comments given only a platform name (`"facebook"`) belong to: the oldest
   * channel of that kind, created on first use. Sample data never mixes with real comments.
   */
  async resolveForIngest(
    manager: EntityManager,
    kind: ChannelKind,
    routing: ChannelRouting,
    now: Date,
  ): Promise<ChannelEntity> {
    const repository = manager.getRepository(ChannelEntity);
    const existing = await repository.findOne({
      where: { kind, isSample: routing.sample },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (existing) {
      return existing;
    }
    const channel = repository.create({
      id: newId(),
      kind,
      displayName: routing.sample
        ? `Sample · ${CHANNEL_KIND_LABELS[kind]}`
        : CHANNEL_KIND_LABELS[kind],
      externalAccountId: null,
      isSample: routing.sample,
      createdAt: now,
    });
    await repository.insert(channel);
    return channel;
  }
}
