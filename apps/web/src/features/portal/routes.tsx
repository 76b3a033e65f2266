import type { RouteObject } from 'react-router';

/**
 * The portal's own pages, each loaded on demand: a visitor's first load carries only the shell and
 * the page they opened (phones, slow connections).
 */
export const portalRoutes: RouteObject[] = [
  {
    path: 'sdgs',
    lazy: async () => ({ Component: (await import('./SdgsPage')).SdgsPage }),
  },
  {
    path: 'sdgs/:goal',
    lazy: async () => ({ Component: (await import('./SdgGoalPage')).SdgGoalPage }),
  },
  {
    path: 'mechanisms',
    lazy: async () => ({ Component: (await import('./MechanismsPage')).MechanismsPage }),
  },
  {
    path: 'mechanisms/:code',
    lazy: async () => ({ Component: (await import('./MechanismPage')).MechanismPage }),
  },
  {
    path: 'open-data',
    lazy: async () => ({ Component: (await import('./OpenDataPage')).OpenDataPage }),
  },
  {
    path: 'open-data/dictionary',
    lazy: async () => ({ Component: (await import('./DictionaryPage')).DictionaryPage }),
  },
];
