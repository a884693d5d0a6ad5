import { ApolloLink } from '@apollo/client';
import { SchemaLink } from '@apollo/client/link/schema';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter } from 'react-router';

import { createApolloClient } from '../app/apollo-client';
import { App } from '../app/App';
import { routes } from '../app/router';
import { redirectToSignIn } from '../app/session-redirect';
import { theme } from '../app/theme';
import type { FakeServer } from './fake-server';
import { FakeSubscriptionLink, isSubscription } from './fake-subscriptions';

export interface RenderAppOptions {
  server: FakeServer;
  /** Where the app starts, e.g. `/inbox?status=all`. */
  path?: string;
}

/**
 * Renders the whole dashboard (real routes, real Apollo cache policies and error link, real
 * shortcut registry) against a fake server that runs every operation through the committed
 * schema. The fake server starts signed in as an admin unless the spec says otherwise.
 */
export function renderApp({ server, path = '/inbox' }: RenderAppOptions) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const client = createApolloClient({
    link: ApolloLink.split(
      ({ query }) => isSubscription(query),
      new FakeSubscriptionLink(server.schema, server.subscriptions),
      new SchemaLink({ schema: server.schema }),
    ),
    onUnauthenticated: () => redirectToSignIn(router, client),
  });
  const user = userEvent.setup();
  const view = render(<App client={client} router={router} mantineEnv="test" />);
  return {
    ...view,
    user,
    router,
    client,
    /** The current URL path plus query string. */
    url: () => `${router.state.location.pathname}${router.state.location.search}`,
    searchParams: () => new URLSearchParams(router.state.location.search),
  };
}

/** Renders one component inside the theme, for specs of small pieces. */
export function renderWithTheme(ui: ReactElement) {
  const user = userEvent.setup();
  return {
    ...render(
      <MantineProvider theme={theme} env="test">
        {ui}
      </MantineProvider>,
    ),
    user,
  };
}

/**
 * Puts `text` in a field as a paste rather than keystroke by keystroke, which keeps whole-app
 * specs quick; a trailing `{Enter}` is then pressed.
 */
export async function fillIn(
  user: ReturnType<typeof userEvent.setup>,
  field: HTMLElement,
  text: string,
): Promise<void> {
  const pressEnter = text.endsWith('{Enter}');
  await user.click(field);
  await user.paste(pressEnter ? text.slice(0, -'{Enter}'.length) : text);
  if (pressEnter) {
    await user.keyboard('{Enter}');
  }
}
