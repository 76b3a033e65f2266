/** Where the plan pages live: the workspace (`/app/plans`) or the public portal (`/plans`). */
export const plansBaseFor = (recommendationsBase: string): string =>
  recommendationsBase.startsWith('/app') ? '/app/plans' : '/plans';

export const planPath = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;
export const measurePath = (base: string, id: string) => `${base}/measures/${encodeURIComponent(id)}`;
/** The recommendation pages next to these plan pages. */
export const recommendationPath = (base: string, id: string) =>
  `${base.startsWith('/app') ? '/app' : ''}/recommendations/${encodeURIComponent(id)}`;
