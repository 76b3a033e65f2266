import type { RouteObject } from 'react-router';

/**
 * The plan pages under `base` (`/plans` on the public portal, `/app/plans` in the workspace),
 * loaded on demand so neither bundle carries them until they are visited.
 */
export function planRoutes(base: '/plans' | '/app/plans'): RouteObject[] {
  // Relative to the shell's own path in both cases.
  const path = 'plans';
  return [
    {
      path,
      lazy: async () => {
        const { PlansPage } = await import('./PlansPage');
        return { element: <PlansPage base={base} /> };
      },
    },
    {
      path: `${path}/measures`,
      lazy: async () => {
        const { MeasureListPage } = await import('./MeasureListPage');
        return { element: <MeasureListPage base={base} /> };
      },
    },
    {
      path: `${path}/:id`,
      lazy: async () => {
        const { PlanPage } = await import('./PlanPage');
        return { element: <PlanPage base={base} /> };
      },
    },
    {
      path: `${path}/measures/:id`,
      lazy: async () => {
        const { MeasurePage } = await import('./MeasurePage');
        return { element: <MeasurePage base={base} /> };
      },
    },
  ];
}
