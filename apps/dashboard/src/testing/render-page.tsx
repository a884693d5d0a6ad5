import { SchemaLink } from '@apollo/client/link/schema';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GraphQLSchema } from 'graphql';
import type { ReactElement } from 'react';
import { createMemoryRouter } from 'react-router';

import { createApolloClient } from '../app/apollo-client';
import { App } from '../app/App';
import { type Viewer, ViewerContext } from '../features/session/ViewerContext';
import { buildViewer } from './fake-data';

export interface RenderPageOptions {
  /** A stub schema (`buildStubSchema`) answering the page's operations. */
  schema: GraphQLSchema;
  page: ReactElement;
  /** The route the page sits on, e.g. `/team`. */
  route: string;
  /** Where the app starts; the route itself when omitted. */
  path?: string;
  viewer?: Viewer;
}

/**
 * Renders one page inside the app's providers (theme, real Apollo cache policies, router) as the
 * signed-in `viewer`, without the shell: for page specs that only need that page's operations.
 */
export function renderPage({ schema, page, route, path = route, viewer }: RenderPageOptions) {
  const router = createMemoryRouter(
    [
      {
        path: route,
        element: <ViewerContext value={viewer ?? buildViewer()}>{page}</ViewerContext>,
      },
      { path: '*', element: <p>Another page</p> },
    ],
    { initialEntries: [path] },
  );
  const client = createApolloClient({ link: new SchemaLink({ schema }) });
  const user = userEvent.setup();
  const view = render(<App client={client} router={router} mantineEnv="test" />);
  return {
    ...view,
    user,
    router,
    client,
    /** The current URL path plus query string. */
    url: () => `${router.state.location.pathname}${router.state.location.search}`,
  };
}
