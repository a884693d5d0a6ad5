import { type ChannelKind } from '@bedside/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';

import { ChannelKindEnum } from '../../common/graphql-enums';

@ObjectType('Channel', {
  description: 'A connected account on one platform, e.g. the hospital Facebook page.',
})
export class Channel {
  @Field(() => ID, { description: 'Bedside id of the channel.' })
  id!: string;

  @Field(() => ChannelKindEnum, { description: 'The platform.' })
  kind!: ChannelKind;

  @Field({ description: 'Name shown in the inbox, e.g. "Northbrook General on Facebook".' })
  displayName!: string;

  @Field(() => String, {
    nullable: true,
    description: "The account's id on the platform; null for channels created by import.",
  })
  externalAccountId!: string | null;

  @Field({ description: 'True for the demo channels that hold sample data, never real comments.' })
  isSample!: boolean;
}
