import { type CaseCategory, type CaseStatus, type CaseTeam, type Urgency } from '@bedside/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

import { UrgencyEnum } from '../../common/graphql-enums';
import { CaseCategoryEnum, CaseOrder, CaseStatusEnum, CaseTeamEnum } from './case-enums';

export const DEFAULT_CASE_PAGE_SIZE = 50;
export const MAX_CASE_PAGE_SIZE = 200;

@InputType('CaseFilter', {
  description: 'Which cases to list; fields combine with AND, values of one list with OR.',
})
export class CaseFilter {
  @Field(() => [CaseStatusEnum], { nullable: true, description: 'Any of these statuses.' })
  status?: CaseStatus[] | null;

  @Field(() => [CaseTeamEnum], { nullable: true, description: 'Owned by any of these teams.' })
  team?: CaseTeam[] | null;

  @Field(() => [CaseCategoryEnum], { nullable: true, description: 'Any of these categories.' })
  category?: CaseCategory[] | null;

  @Field(() => [UrgencyEnum], { nullable: true, description: 'Any of these priorities.' })
  priority?: Urgency[] | null;

  @Field(() => ID, { nullable: true, description: 'Assigned to this user.' })
  assigneeId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: only cases past their deadline (open, or resolved late); false: the others.',
  })
  breached?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'A case number ("C-1001", "1001") or words of the title.',
  })
  search?: string | null;
}

@ArgsType()
export class CasesArgs {
  @Field(() => CaseFilter, { nullable: true, description: 'Which cases; all when omitted.' })
  filter?: CaseFilter | null;

  @Field(() => CaseOrder, {
    nullable: true,
    defaultValue: CaseOrder.DUE_SOONEST,
    description: 'Order; DUE_SOONEST when omitted.',
  })
  orderBy?: CaseOrder | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_CASE_PAGE_SIZE,
    description: `Page size, 1 to ${MAX_CASE_PAGE_SIZE}; ${DEFAULT_CASE_PAGE_SIZE} when omitted.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: '`endCursor` of the previous page; omit for the first page.',
  })
  after?: string | null;
}
