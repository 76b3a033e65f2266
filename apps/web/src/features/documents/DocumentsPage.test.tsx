import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { DocumentJob, Me } from '@tatabbu/domain';
import { createInstance } from 'i18next';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n';
import { DocumentForm } from './DocumentForm';
import { DocumentsList } from './DocumentsList';

const ME: Me = {
  id: '6f1c1e0e-1d1e-4c59-9a57-1b1a2f0a0c01',
  email: 'someone@example.org',
  name: 'Someone',
  role: 'coordinator',
  institutionId: null,
  organizationId: null,
  locale: null,
  mustChangePassword: false,
  csrfToken: 'x',
};

const JOB: DocumentJob = {
  id: '6f1c1e0e-1d1e-4c59-9a57-1b1a2f0a0c02',
  kind: 'report',
  lang: 'ar',
  params: {},
  status: 'done',
  progressDone: 222,
  progressTotal: 222,
  fileName: 'report-draft-ar-2026-11-23.docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  size: 44_100,
  failureReason: null,
  createdAt: '2026-11-23T16:00:00.000Z',
  startedAt: '2026-11-23T16:00:01.000Z',
  finishedAt: '2026-11-23T16:00:02.000Z',
  expiresAt: '2026-11-24T16:00:02.000Z',
};

async function render(lang: 'ar' | 'fr' | 'en', node: ReactNode, jobs: DocumentJob[] = []) {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ resources, lng: lang, interpolation: { escapeValue: false } });
  const queries = new QueryClient();
  queries.setQueryData(['documents', 'mine'], { items: jobs });
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queries}>
        <MantineProvider>
          <MemoryRouter>{node}</MemoryRouter>
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const form = (me: Me, filterCount = 0) => (
  <DocumentForm
    me={me}
    filters={{}}
    filterCount={filterCount}
    listLink="/app/recommendations"
    initialKind={null}
  />
);

describe('DocumentForm', () => {
  it('offers a coordinator every document, the list’s filters counted', async () => {
    const html = await render('en', form(ME, 2));
    for (const label of [
      'Implementation matrix (Excel)',
      'Report draft (Word)',
      'Institution summary sheet (Word)',
      'Measure cards of an action plan (Word)',
    ])
      expect(html).toContain(label);
    expect(html).toContain('The recommendations of the list with its 2 filters.');
  });

  it('offers a focal point the matrix and their institution’s sheet only (French)', async () => {
    const html = await render(
      'fr',
      form({ ...ME, role: 'focal_point', institutionId: '6f1c1e0e-1d1e-4c59-9a57-1b1a2f0a0c09' }),
    );
    expect(html).toContain('Matrice de mise en œuvre (Excel)');
    expect(html).toContain('Fiche de synthèse d&#x27;une institution (Word)');
    expect(html).not.toContain('Projet de rapport (Word)');
    expect(html).not.toContain('Fiches des mesures');
  });
});

describe('DocumentsList', () => {
  it('shows a ready document with its download and a running one with its progress (Arabic)', async () => {
    const running: DocumentJob = {
      ...JOB,
      id: '6f1c1e0e-1d1e-4c59-9a57-1b1a2f0a0c03',
      kind: 'matrix',
      status: 'running',
      progressDone: 500,
      progressTotal: 1000,
      fileName: null,
      size: null,
    };
    const html = await render('ar', <DocumentsList />, [running, JOB]);
    expect(html).toContain('مسودة تقرير (وورد)');
    expect(html).toContain('جاهزة');
    expect(html).toContain(`href="/api/v1/documents/${JOB.id}/file"`);
    expect(html).toContain('تحميل (44 كيلوبايت)');
    expect(html).toContain('قيد الإنشاء');
    expect(html).toMatch(/تمت معالجة 500 من 1.000/);
  });

  it('says when there is none yet (English)', async () => {
    expect(await render('en', <DocumentsList />)).toContain('You have not generated any document yet.');
  });
});
