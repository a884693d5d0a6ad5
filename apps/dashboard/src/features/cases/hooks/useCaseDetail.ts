import { useQuery } from '@apollo/client/react';

import { CaseDetailQuery } from '../graphql/case-detail.query';

/** One case with its comments and timeline. */
export function useCaseDetail(caseId: string) {
  return useQuery(CaseDetailQuery, { variables: { id: caseId } });
}
