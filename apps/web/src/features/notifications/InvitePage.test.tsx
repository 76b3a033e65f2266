import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Invitation } from '@tatabbu/domain';
import { createInstance } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n';
import { InvitePage } from './InvitePage';

const TOKEN = 'dMxd_MCtSXLNiYEblROwR-CVwqyh4-afZcPZZX0c4s8';
const INVITATION: Invitation = {
  email: 'amina@hcp.ma',
  name: 'أمينة',
  locale: 'ar',
  invitedBy: 'Salma Idrissi',
  expiresAt: '2026-11-30T13:26:11.798Z',
};

async function render(lang: 'ar' | 'fr') {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ resources, lng: lang, interpolation: { escapeValue: false } });
  const queries = new QueryClient();
  queries.setQueryData(['invitation', TOKEN], INVITATION);
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queries}>
        <MantineProvider>
          <MemoryRouter initialEntries={[`/invite/${TOKEN}`]}>
            <Routes>
              <Route path="/invite/:token" element={<InvitePage />} />
            </Routes>
          </MemoryRouter>
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('InvitePage', () => {
  it('says who invited whom, until when, and asks for the password twice (Arabic)', async () => {
    const html = await render('ar');
    expect(html).toContain('الانضمام إلى تتبع');
    expect(html).toContain('دعاك \u2068Salma Idrissi\u2069 (\u2068amina@hcp.ma\u2069)');
    expect(html).toContain('كلمة المرور مرة أخرى');
    expect(html).toContain('تفعيل حسابي');
    expect(html.match(/autoComplete="new-password"|autocomplete="new-password"/g)).toHaveLength(2);
  });

  it('speaks French to a French reader', async () => {
    const html = await render('fr');
    expect(html).toContain('Salma Idrissi\u2069 vous a invité(e)');
    expect(html).toContain('Activer mon compte');
  });
});
