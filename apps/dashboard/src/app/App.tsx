import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';

import { ShortcutProvider } from '../features/shortcuts/components/ShortcutProvider';
import { theme } from './theme';

export interface AppProps {
  client: ApolloClient;
  /** A browser router in the app, a memory router in specs; both built from `routes`. */
  router: ReturnType<typeof createBrowserRouter>;
  /** Specs pass `'test'`: Mantine then renders without transitions or portals, as it documents. */
  mantineEnv?: 'default' | 'test';
}

/** The dashboard: theme, GraphQL client, shortcut registry and the routes. */
export function App({ client, router, mantineEnv = 'default' }: AppProps) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" env={mantineEnv}>
      <ApolloProvider client={client}>
        <ShortcutProvider>
          {/*
            Filters live in the URL, and Apollo re-reads the inbox when they change. Inside a
            transition, React can render the new URL and the committed one in turns, each
            switching the query's variables back: URL updates are plain, synchronous renders.
          */}
          <RouterProvider router={router} useTransitions={false} />
        </ShortcutProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
