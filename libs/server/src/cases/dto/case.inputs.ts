import { type CaseCategory, type CaseStatus, type CaseTeam, type Urgency } from '@bedside/domain';
import { Field, ID, InputType } from '@nestjs/graphql';

import { UrgencyEnum } from '../../common/graphql-enums';
import { CaseCategoryEnum, CaseStatusEnum, CaseTeamEnum } from './case-enums';

@InputType('EscalateCommentInput', {
  description:
    'Opens a case from one or more comments (e.g. the same person on several channels); each comment becomes ESCALATED.',
})
export class EscalateCommentInput {
  @Field(() => [ID], { description: 'The comments to link: 1 to 20.' })
  commentIds!: string[];

  @Field(() => CaseCategoryEnum, { description: 'What kind of matter it is.' })
  category!: CaseCategory;

  @Field(() => CaseTeamEnum, { description: 'The team that will own it.' })
  team!: CaseTeam;

  @Field(() => ID, { nullable: true, description: 'Who works it; omitted: nobody yet.' })
  assigneeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Short title, up to 200 characters; omitted: the category and channels.',
  })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A first internal note for the team, up to 4000 characters.',
  })
  note?: string | null;
}

@InputType('LinkCommentToCaseInput', {
  description: 'Adds a comment to an existing case; the comment becomes ESCALATED.',
})
export class LinkCommentToCaseInput {
  @Field(() => ID, { description: 'The case.' })
  caseId!: string;

  @Field(() => ID, { description: 'The comment to link. Linking it twice changes nothing.' })
  commentId!: string;
}

@InputType('UpdateCaseInput', {
  description: 'Changes who owns a case and how it is classed; omitted fields stay as they are.',
})
export class UpdateCaseInput {
  @Field(() => ID, { description: 'The case.' })
  id!: string;

  @Field(() => CaseTeamEnum, { nullable: true, description: 'The new team.' })
  team?: CaseTeam | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The new assignee; null unassigns, omitted keeps the current one.',
  })
  assigneeId?: string | null;

  @Field(() => UrgencyEnum, {
    nullable: true,
    description: 'The new priority; the deadline is counted again from now under its SLA.',
  })
  priority?: Urgency | null;

  @Field(() => CaseCategoryEnum, { nullable: true, description: 'The new category.' })
  category?: CaseCategory | null;
}

@InputType('ChangeCaseStatusInput', { description: 'Moves a case through its workflow.' })
export class ChangeCaseStatusInput {
  @Field(() => ID, { description: 'The case.' })
  id!: string;

  @Field(() => CaseStatusEnum, {
    description: 'The new status; see CaseStatus for the moves allowed.',
  })
  status!: CaseStatus;

  @Field(() => String, {
    nullable: true,
    description: 'How it was resolved: required to RESOLVE, up to 4000 characters.',
  })
  resolutionNote?: string | null;
}

@InputType('AddCaseNoteInput', { description: 'An internal note on a case timeline.' })
export class AddCaseNoteInput {
  @Field(() => ID, { description: 'The case.' })
  id!: string;

  @Field({ description: 'The note, 1 to 4000 characters. Internal: may name the patient.' })
  text!: string;
}
