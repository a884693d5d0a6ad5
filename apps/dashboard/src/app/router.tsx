import { createBrowserRouter, Navigate, type RouteObject, useLocation } from 'react-router';

import { InboxPage } from '../pages/InboxPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { AppLayout } from './AppLayout';

function RedirectToInbox() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: '/inbox', search }} replace />;
}

/**
 * One route serves the list with or without an open comment, so opening, closing and moving
 * between comments never remounts (and never scrolls) the list.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <RedirectToInbox /> },
      { path: 'inbox/:commentId?', element: <InboxPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
