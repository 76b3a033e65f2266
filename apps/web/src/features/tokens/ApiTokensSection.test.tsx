import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ApiToken } from '@tatabbu/domain';
import { createInstance } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n';
import { ApiTokensSection } from './ApiTokensSection';
import { tokenState } from './token-state';

const base = {
  userId: '6f1c1e0e-1d1e-4c59-9a57-1b1a2f0a0b00',
  createdAt: '2026-11-01T08:00:00.000Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
};
const TOKENS: ApiToken[] = [
  {
    ...base,
    id: '6f1c1e0e-1d1e-4c59-9a57-1b1a2f0a0b01',
    name: 'نظام تقارير الوزارة',
    prefix: 'ttb_3f9aQx1Z',
    scopes: ['read', 'write'],
    lastUsedAt: '2026-11-20T10:00:00.000Z',
  },
  {
    ...base,
    id: '6f1c1e0e-1d1e-4c59-9a57-1b1a2f0a0b02',
    name: 'Old export',
    prefix: 'ttb_Zz01abcd',
    scopes: ['read'],
    revokedAt: '2026-11-10T08:00:00.000Z',
  },
];

async function render(lang: 'ar' | 'fr' | 'en', items: ApiToken[] = TOKENS) {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ resources, lng: lang, interpolation: { escapeValue: false } });
  const queries = new QueryClient();
  queries.setQueryData(['tokens', 'mine'], { items });
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queries}>
        <MantineProvider>
          <ApiTokensSection />
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('ApiTokensSection', () => {
  it('lists tokens by name and prefix with access and state; only live ones can be revoked (Arabic)', async () => {
    const html = await render('ar');
    expect(html).toContain('رموز الواجهة البرمجية');
    expect(html).toContain('نظام تقارير الوزارة');
    expect(html).toContain('ttb_3f9aQx1Z…');
    expect(html).toContain('قراءة وكتابة');
    expect(html).toContain('ملغى');
    expect(html).toContain('إلى حين الإلغاء');
    expect(html.split('إلغاء الرمز').length - 1).toBe(1);
  });

  it('says when there is no token yet (French)', async () => {
    const html = await render('fr', []);
    expect(html).toContain('Vous n&#x27;avez aucun jeton d&#x27;API.');
    expect(html).toContain('Nouveau jeton');
  });

  it('tells revoked and expired tokens from active ones', () => {
    const [live, revoked] = TOKENS as [ApiToken, ApiToken];
    expect(tokenState(live)).toBe('active');
    expect(tokenState(revoked)).toBe('revoked');
    expect(tokenState({ ...live, expiresAt: '2020-01-01T23:59:59.999Z' })).toBe('expired');
  });
});
