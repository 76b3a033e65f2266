import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { AuditEvent, AuditList } from '@tatabbu/domain';
import { createInstance } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { keys } from '../../api/hooks';
import { resources } from '../../i18n';
import { AuditPage } from './AuditPage';
import { EventChanges } from './EventChanges';
import { entityPath } from './labels';

const ADMIN = '9d0c1e0e-1d1e-4c59-9a57-1b1a2f0a0b02';
const TARGET = '6f1c1e0e-1d1e-4c59-9a57-1b1a2f0a0b01';
const UPDATE: AuditEvent = {
  seq: 42,
  at: '2026-11-23T10:00:00.000Z',
  actorId: ADMIN,
  actorName: 'Salma Idrissi',
  actorEmail: 'salma@example.org',
  action: 'user.update',
  entity: 'user',
  entityId: TARGET,
  before: { name: 'Karim', role: 'observer', email: 'karim@example.org' },
  after: { name: 'Karim Alaoui', role: 'coordinator', email: 'karim@example.org' },
  changedFields: ['name', 'role'],
};
const FAILED: AuditEvent = {
  ...UPDATE,
  seq: 41,
  actorId: null,
  actorName: null,
  actorEmail: null,
  action: 'auth.login_failed',
  entityId: null,
  before: null,
  after: { email: 'nobody@example.org' },
  changedFields: ['email'],
};
const LIST: AuditList = { items: [UPDATE, FAILED], total: 2 };

async function render(lang: 'ar' | 'fr' | 'en', node: React.ReactNode, url = '/app/audit') {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ resources, lng: lang, interpolation: { escapeValue: false } });
  const queries = new QueryClient();
  queries.setQueryData(['audit', 'events', { page: 1, pageSize: 25 }], LIST);
  queries.setQueryData(['audit', 'vocabulary'], { entities: ['import', 'user'], actions: ['user.update'] });
  queries.setQueryData(keys.users({ pageSize: 100 }), { items: [], total: 0 });
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queries}>
        <MantineProvider>
          <MemoryRouter initialEntries={[url]}>{node}</MemoryRouter>
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('audit page', () => {
  it('lists events in Arabic: who, the action, the record with a link, the changed fields, the check button', async () => {
    const html = await render('ar', <AuditPage />);
    expect(html).toContain('سجل التدقيق');
    expect(html).toContain('فحص السلسلة');
    expect(html).toContain('Salma Idrissi');
    expect(html).toContain('user.update');
    expect(html).toContain('مستخدم');
    expect(html).toContain('name, role');
    // Someone not signed in made the failed sign-in; the user record links to the users page.
    expect(html).toContain('شخص غير مسجل الدخول');
    expect(html).toContain(`href="/app/users?q=karim%40example.org"`);
    expect(html).toContain('aria-expanded="false"');
  });

  it('shows the changed fields first, before and after, in French', async () => {
    const html = await render('fr', <EventChanges event={UPDATE} />);
    expect(html).toContain('Avant');
    expect(html).toContain('Après');
    expect(html.indexOf('>name<')).toBeLessThan(html.indexOf('>email<'));
    expect(html).toContain('Karim Alaoui');
    expect(html).toContain('observer');
    const nothing = await render(
      'en',
      <EventChanges event={{ ...UPDATE, before: null, after: null, changedFields: [] }} />,
    );
    expect(nothing).toContain('No details recorded for this event.');
  });

  it('links each kind of record to its page where there is one', () => {
    expect(entityPath({ ...UPDATE, entity: 'recommendation' })).toBe(`/app/recommendations/${TARGET}`);
    expect(entityPath({ ...UPDATE, entity: 'import' })).toBe(`/app/imports/${TARGET}`);
    expect(entityPath({ ...UPDATE, entity: 'import_mapping' })).toBeNull();
    expect(entityPath(FAILED)).toBeNull();
  });
});
