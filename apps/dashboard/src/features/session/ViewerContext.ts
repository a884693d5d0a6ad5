import { type Role, roleAtLeast } from '@bedside/domain';
import { createContext, useContext } from 'react';

import type { ViewerQuery } from '../../gql/graphql';
import { toDomainValue } from '../../ui/vocabulary';

export type Viewer = ViewerQuery['viewer'];

/** The signed-in person; set by the app shell once `viewer` has answered. */
export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in person. Only pages inside the signed-in shell may call it. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) {
    throw new Error('useViewer() is used outside the signed-in app shell');
  }
  return viewer;
}

/** The viewer's role in the shared vocabulary (`admin`), for labels and `roleAtLeast`. */
export function viewerRole(viewer: Viewer): Role {
  return toDomainValue(viewer.role);
}

/** Whether the signed-in person may do what `required` may (managers include reviewers, …). */
export function useViewerCan(required: Role): boolean {
  return roleAtLeast(viewerRole(useViewer()), required);
}
