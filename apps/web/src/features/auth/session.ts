import type { Me } from '@tatabbu/domain';
import { redirect, useRouteLoaderData } from 'react-router';
import { meQuery, useMe } from '../../api/hooks';
import { queryClient } from '../../api/queryClient';
import { storedLocale, switchLanguage } from '../../i18n';
import { isUiLocale } from '../../i18n/locale';

/** Only same-site paths are accepted as `next` (no open redirect). */
export function safeNext(next: string | null | undefined, fallback = '/app'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

export const loginPath = (next: string) => `/login?next=${encodeURIComponent(next)}`;

/**
 * Guard of the workspace: a signed-in user, who has changed a one-time password, or a redirect.
 * The account's saved language applies when the user never chose one in this browser.
 */
export async function requireSession({ request }: { request: Request }): Promise<Me> {
  const url = new URL(request.url);
  // Checked again at most once a minute while navigating: a session ended elsewhere ("sign out
  // everywhere", a disabled account) is noticed at the next page change.
  const me = await queryClient.fetchQuery({ ...meQuery, staleTime: 60_000 });
  if (!me) throw redirect(loginPath(url.pathname + url.search));
  if (me.mustChangePassword && url.pathname !== '/app/account') throw redirect('/app/account');
  if (!isUiLocale(storedLocale()) && me.locale) await switchLanguage(me.locale);
  return me;
}

/** The signed-in user inside the workspace (the guard has loaded it; the cache has the latest copy). */
export function useSessionUser(): Me {
  const cached = useMe().data;
  const loaded = useRouteLoaderData('workspace') as Me | undefined;
  const me = cached ?? loaded;
  if (!me) throw new Error('useSessionUser() outside the workspace');
  return me;
}
