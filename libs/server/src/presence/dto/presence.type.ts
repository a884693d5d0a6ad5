import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PresenceActivityEnum {
  VIEWING = 'viewing',
  DRAFTING = 'drafting',
  LEFT = 'left',
}

registerEnumType(PresenceActivityEnum, {
  name: 'PresenceActivity',
  description: 'What a team member is doing on a comment.',
  valuesMap: {
    VIEWING: { description: 'Has the comment open.' },
    DRAFTING: { description: 'Is writing a reply to it.' },
    LEFT: { description: 'Closed it (only reported, never listed).' },
  },
});

@ObjectType('PresenceEntry', { description: 'One team member on a comment.' })
export class PresenceEntry {
  @Field(() => ID, { description: 'Their user id.' })
  userId!: string;

  @Field({ description: 'Their display name.' })
  displayName!: string;

  @Field(() => PresenceActivityEnum, { description: 'Viewing or drafting a reply.' })
  activity!: PresenceActivityEnum;

  @Field(() => Date, { description: 'Since when they have been doing it.' })
  since!: Date;
}

@ObjectType('CommentPresence', {
  description:
    'Who is on a comment right now. Entries lapse 45 s after the last report, so a closed laptop leaves no ghost.',
})
export class CommentPresence {
  @Field(() => ID, { description: 'The comment.' })
  commentId!: string;

  @Field(() => [PresenceEntry], { description: 'Drafting first, then by arrival.' })
  entries!: PresenceEntry[];
}

@InputType('ReportPresenceInput', {
  description: 'What the signed-in person is doing on a comment; repeat every 20 s to stay listed.',
})
export class ReportPresenceInput {
  @Field(() => ID, { description: 'The comment.' })
  commentId!: string;

  @Field(() => PresenceActivityEnum, { description: 'VIEWING, DRAFTING, or LEFT.' })
  activity!: PresenceActivityEnum;
}
