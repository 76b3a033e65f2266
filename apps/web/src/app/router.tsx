import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { keys } from '../api/hooks';
import { queryClient, setAuthProblemHandler } from '../api/queryClient';
import { loginPath, requireSession } from '../features/auth/session';
import { followUpRoutes } from '../features/followup/routes';
import { planRoutes } from '../features/plans/routes';
import { portalRoutes } from '../features/portal/routes';
import { NotFound } from './NotFound';
import { notify } from './notify';
import { PublicShell } from './PublicShell';
import { RouteError } from './RouteError';

function Loading() {
  return (
    <Center mih="60vh" aria-busy>
      <Loader />
    </Center>
  );
}

/** The list and one recommendation under `base`, loaded on demand (the portal's first load stays small). */
function recommendationRoutes(base: '/recommendations' | '/app/recommendations'): RouteObject[] {
  return [
    {
      path: 'recommendations',
      lazy: async () => {
        const { RecommendationListPage } = await import('../features/recommendations/RecommendationListPage');
        return { element: <RecommendationListPage basePath={base} /> };
      },
    },
    {
      path: 'recommendations/:id',
      lazy: async () => {
        const { RecommendationPage } = await import('../features/recommendations/RecommendationPage');
        return { element: <RecommendationPage basePath={base} /> };
      },
    },
  ];
}

export const router = createBrowserRouter([
  {
    path: '/',
    Component: PublicShell,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../features/portal/PortalHome')).PortalHome }),
      },
      ...recommendationRoutes('/recommendations'),
      ...planRoutes('/plans'),
      ...portalRoutes,
      {
        path: 'summary',
        lazy: async () => ({ Component: (await import('../features/dashboard/SummaryPage')).SummaryPage }),
      },
      {
        path: 'login',
        lazy: async () => ({ Component: (await import('../features/auth/LoginPage')).LoginPage }),
      },
      {
        path: 'invite/:token',
        lazy: async () => ({ Component: (await import('../features/notifications/InvitePage')).InvitePage }),
      },
      { path: '*', Component: NotFound },
    ],
  },
  {
    id: 'workspace',
    path: '/app',
    // The workspace is loaded on demand: the public portal does not carry it.
    lazy: async () => ({ Component: (await import('./WorkspaceShell')).WorkspaceShell }),
    loader: requireSession,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        index: true,
        lazy: async () => ({
          // Focal points and contributors land on their follow-up work; others on the overview.
          Component: (await import('../features/followup/HomePage')).HomePage,
        }),
      },
      ...recommendationRoutes('/app/recommendations'),
      ...planRoutes('/app/plans'),
      ...followUpRoutes,
      {
        path: 'institutions',
        lazy: async () => ({
          Component: (await import('../features/institutions/InstitutionsPage')).InstitutionsPage,
        }),
      },
      {
        path: 'institutions/:id',
        lazy: async () => ({
          Component: (await import('../features/institutions/InstitutionPage')).InstitutionPage,
        }),
      },
      {
        path: 'users',
        lazy: async () => ({ Component: (await import('../features/users/UsersPage')).UsersPage }),
      },
      {
        path: 'imports',
        lazy: async () => ({ Component: (await import('../features/imports/ImportsPage')).ImportsPage }),
      },
      {
        path: 'imports/new',
        lazy: async () => ({ Component: (await import('../features/imports/NewImportPage')).NewImportPage }),
      },
      {
        path: 'imports/:id',
        lazy: async () => ({ Component: (await import('../features/imports/ImportJobPage')).ImportJobPage }),
      },
      {
        path: 'reports',
        lazy: async () => ({
          Component: (await import('../features/documents/DocumentsPage')).DocumentsPage,
        }),
      },
      {
        path: 'dashboard',
        lazy: async () => ({
          Component: (await import('../features/dashboard/DashboardPage')).DashboardPage,
        }),
      },
      {
        path: 'audit',
        lazy: async () => ({ Component: (await import('../features/audit/AuditPage')).AuditPage }),
      },
      {
        path: 'notifications',
        lazy: async () => ({
          Component: (await import('../features/notifications/NotificationsPage')).NotificationsPage,
        }),
      },
      {
        path: 'account',
        lazy: async () => ({ Component: (await import('../features/auth/AccountPage')).AccountPage }),
      },
      { path: '*', Component: NotFound },
    ],
  },
]);

// The session ended (expired, signed out elsewhere) or a password change is due: go where it can be fixed.
setAuthProblemHandler((error) => {
  const { pathname, search } = router.state.location;
  if (!pathname.startsWith('/app')) return;
  if (error.status === 401) {
    queryClient.setQueryData(keys.me, null);
    notify(error.message, { id: 'session', color: 'orange' });
    void router.navigate(loginPath(pathname + search), { replace: true });
  } else if (error.code === 'password_change_required' && pathname !== '/app/account') {
    void router.navigate('/app/account', { replace: true });
  }
});
