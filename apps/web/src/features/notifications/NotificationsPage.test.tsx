import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { NotificationList } from '@tatabbu/domain';
import { createInstance } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n';
import { NotificationsPage } from './NotificationsPage';

const UPDATE = '0b8a4f4e-3c55-4c0e-8d6e-2d5b8a9e6a11';
const ROUND = '6f1c1e0e-1d1e-4c59-9a57-1b1a2f0a0b01';
const LIST: NotificationList = {
  total: 2,
  unread: 1,
  items: [
    {
      id: '9d0c1e0e-1d1e-4c59-9a57-1b1a2f0a0b02',
      kind: 'returned',
      payload: {
        updateId: UPDATE,
        roundTitle: { ar: 'تقرير منتصف المدة', fr: 'Rapport à mi-parcours' },
        recommendationKey: 'CAT/C/MAR/CO/5 §10',
        comment: 'أضيفوا أرقام 2024',
      },
      path: `/app/updates/${UPDATE}`,
      createdAt: '2026-11-23T10:00:00.000Z',
      readAt: null,
    },
    {
      id: '9d0c1e0e-1d1e-4c59-9a57-1b1a2f0a0b03',
      kind: 'deadline_7d',
      payload: {
        roundId: ROUND,
        roundTitle: { fr: 'Rapport à mi-parcours' },
        deadline: '2026-11-30',
        items: 3,
      },
      path: `/app/rounds/${ROUND}`,
      createdAt: '2026-11-23T09:00:00.000Z',
      readAt: '2026-11-23T09:30:00.000Z',
    },
  ],
};

async function render(lang: 'ar' | 'fr' | 'en') {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ resources, lng: lang, interpolation: { escapeValue: false } });
  const queries = new QueryClient();
  queries.setQueryData(['notifications', 'list', { page: 1, pageSize: 20, unreadOnly: false }], LIST);
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queries}>
        <MantineProvider>
          <MemoryRouter>
            <NotificationsPage />
          </MemoryRouter>
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('NotificationsPage', () => {
  it('shows each notification as a sentence in Arabic, with the comment, leading to its page', async () => {
    const html = await render('ar');
    expect(html).toContain('أُرجع التقرير المرحلي بشأن');
    expect(html).toContain('CAT/C/MAR/CO/5 §10');
    expect(html).toContain('تقرير منتصف المدة');
    expect(html).toContain('التعليق: أضيفوا أرقام 2024');
    expect(html).toContain(`href="/app/updates/${UPDATE}"`);
    expect(html).toContain(`href="/app/rounds/${ROUND}"`);
    // Only the unread one offers "mark as read".
    expect(html.split('تعليم كمقروء').length - 1).toBe(1);
  });

  it('falls back to the title in another language and formats the deadline in French', async () => {
    const html = await render('fr');
    expect(html).toContain(
      'La campagne « \u2068Rapport à mi-parcours\u2069 » se termine le 30 novembre 2026',
    );
    expect(html).toContain('éléments non encore soumis : 3');
  });
});
