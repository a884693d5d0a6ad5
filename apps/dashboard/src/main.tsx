import '@fontsource-variable/inter/wght.css';
import '@mantine/core/styles.css';
import './app/global.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createApolloClient } from './app/apollo-client';
import { App } from './app/App';
import { createAppRouter } from './app/router';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}

createRoot(container).render(
  <StrictMode>
    <App client={createApolloClient()} router={createAppRouter()} />
  </StrictMode>,
);
