import './api/zod-csp';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import './app/print.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureClient } from './api/client';
import { configQuery } from './api/hooks';
import { queryClient } from './api/queryClient';
import { App } from './app/App';
import { currentLocale, i18n, initI18n, storedLocale } from './i18n';
import { baseLocale, chooseLocale, dirOf } from './i18n/locale';

/** The user's choice, else the browser's languages, else the instance default from the server. */
async function initialLocale() {
  const chosen = chooseLocale({
    stored: storedLocale(),
    browser: navigator.languages ?? [navigator.language],
  });
  if (chosen) return chosen;
  try {
    const config = await queryClient.fetchQuery(configQuery);
    return config.defaultLocale;
  } catch {
    // Server unreachable: the page the server sent already carries its default language.
    return baseLocale(document.documentElement.lang) ?? 'en';
  }
}

async function boot() {
  const locale = await initialLocale();
  await initI18n(locale);
  configureClient({
    locale: currentLocale,
    fallbackMessage: (kind) => i18n.t(kind === 'network' ? 'errors.network' : 'errors.unexpected'),
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App initialDirection={dirOf(locale)} />
    </StrictMode>,
  );
}

void boot();
