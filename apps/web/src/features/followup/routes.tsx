import type { RouteObject } from 'react-router';

/** The follow-up pages of the workspace (`/app/rounds…`, `/app/updates/:id`), loaded on demand. */
export const followUpRoutes: RouteObject[] = [
  {
    path: 'rounds',
    lazy: async () => ({ Component: (await import('./RoundsPage')).RoundsPage }),
  },
  {
    path: 'rounds/new',
    lazy: async () => ({ Component: (await import('./NewRoundPage')).NewRoundPage }),
  },
  {
    path: 'rounds/:id',
    lazy: async () => ({ Component: (await import('./RoundPage')).RoundPage }),
  },
  {
    path: 'updates/:id',
    lazy: async () => ({ Component: (await import('./UpdatePage')).UpdatePage }),
  },
];
