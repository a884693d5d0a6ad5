import { createBrowserRouter, Navigate, type RouteObject, useLocation } from 'react-router';

import { ReportsLoading } from '../features/reports/components/ReportsLoading';
import { ApprovalsPage } from '../pages/ApprovalsPage';
import { AuditPage } from '../pages/AuditPage';
import { CaseDetailPage } from '../pages/CaseDetailPage';
import { CasesPage } from '../pages/CasesPage';
import { ChannelsPage } from '../pages/ChannelsPage';
import { InboxPage } from '../pages/InboxPage';
import { ModerationPage } from '../pages/ModerationPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SettingsPage } from '../pages/SettingsPage';
import { SignInPage } from '../pages/SignInPage';
import { TeamPage } from '../pages/TeamPage';
import { TemplatesPage } from '../pages/TemplatesPage';
import { AppLayout } from './AppLayout';

function RedirectToInbox() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: '/inbox', search }} replace />;
}

/**
 * `/sign-in` stands alone; every other page sits in the signed-in shell (`AppLayout`), which
 * renders them only once the server has said who is signed in.
 *
 * One route serves the list with or without an open comment, so opening, closing and moving
 * between comments never remounts (and never scrolls) the list.
 */
export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <RedirectToInbox /> },
      { path: 'inbox/:commentId?', element: <InboxPage /> },
      { path: 'cases', element: <CasesPage /> },
      { path: 'cases/:caseId', element: <CaseDetailPage /> },
      { path: 'approvals', element: <ApprovalsPage /> },
      { path: 'templates', element: <TemplatesPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'team', element: <TeamPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'channels', element: <ChannelsPage /> },
      { path: 'moderation', element: <ModerationPage /> },
      // Loaded on first visit: the charts library is the largest part of the dashboard.
      {
        path: 'reports',
        hydrateFallbackElement: <ReportsLoading />,
        lazy: async () => ({ Component: (await import('../pages/ReportsPage')).ReportsPage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
