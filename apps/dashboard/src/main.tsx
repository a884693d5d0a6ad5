import '@fontsource-variable/inter/wght.css';
import '@mantine/core/styles.css';
import './app/global.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createApolloClient } from './app/apollo-client';
import { App } from './app/App';
import { createAppRouter } from './app/router';
import { redirectToSignIn } from './app/session-redirect';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}

const router = createAppRouter();
const client = createApolloClient({ onUnauthenticated: () => redirectToSignIn(router, client) });

createRoot(container).render(
  <StrictMode>
    <App client={client} router={router} />
  </StrictMode>,
);
