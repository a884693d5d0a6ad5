import { Field, Int, ObjectType } from '@nestjs/graphql';

import { PageInfo } from '../../comments/dto/comment-connection.type';
import { Case } from './case.types';

@ObjectType('CaseEdge', { description: 'One case in a page, with its cursor.' })
export class CaseEdge {
  @Field({ description: 'Opaque keyset cursor of this case in the requested order.' })
  cursor!: string;

  @Field(() => Case, { description: 'The case.' })
  node!: Case;
}

@ObjectType('CaseConnection', { description: 'A page of cases.' })
export class CaseConnection {
  @Field(() => [CaseEdge], { description: 'The cases of this page, in the requested order.' })
  edges!: CaseEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many cases match the filter in all pages.' })
  totalCount!: number;
}
