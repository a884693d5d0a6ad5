import { useQuery } from '@apollo/client/react';

import { ViewerQuery } from '../graphql/viewer.query';

/** Who is signed in. An expired session answers UNAUTHENTICATED, which the error link handles. */
export function useViewerQuery() {
  return useQuery(ViewerQuery);
}
