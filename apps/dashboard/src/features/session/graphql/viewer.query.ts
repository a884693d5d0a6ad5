import { graphql } from '../../../gql';

/** Who is signed in: asked once when the app starts, and answered from the cache after. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      email
      displayName
      role
    }
  }
`);
