import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { queryClient } from '../api/queryClient';
import { dirOf } from '../i18n/locale';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

// Loaded after the page: not needed before the first confirmation is shown.
const NotificationsArea = lazy(async () => ({
  default: (await import('./NotificationsArea')).NotificationsArea,
}));

/** On a language change: Mantine's direction follows, and data is fetched again in the new language. */
function LanguageEffects() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  useEffect(() => {
    const onChange = (lng: string) => {
      setDirection(dirOf(lng));
      // Lists carry the language in their key and are fetched anew by themselves; the instance
      // settings do not depend on it.
      void queryClient.invalidateQueries({
        predicate: (q) =>
          q.queryKey[0] !== 'config' && !(q.queryKey[0] === 'recommendations' && q.queryKey[1] === 'list'),
      });
    };
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n, setDirection]);
  return null;
}

export function App({ initialDirection }: { initialDirection: 'ltr' | 'rtl' }) {
  return (
    <QueryClientProvider client={queryClient}>
      <DirectionProvider initialDirection={initialDirection}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <LanguageEffects />
          <Suspense fallback={null}>
            <NotificationsArea />
          </Suspense>
          <RouterProvider router={router} />
        </MantineProvider>
      </DirectionProvider>
    </QueryClientProvider>
  );
}
