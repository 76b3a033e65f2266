import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { AttachmentList, Me } from '@tatabbu/domain';
import { createInstance } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { keys } from '../../api/hooks';
import { resources } from '../../i18n';
import { evidenceKeys } from './api';
import { EvidenceFiles } from './EvidenceFiles';

const OWNER = '6f1c1e0e-1d1e-4c59-9a57-1b1a2f0a0b01';
const LIST: AttachmentList = {
  canEdit: true,
  maxBytes: 20 * 1024 * 1024,
  items: [
    {
      id: '0b8a4f4e-3c55-4c0e-8d6e-2d5b8a9e6a11',
      ownerType: 'progress_update',
      ownerId: OWNER,
      fileName: 'محضر الاجتماع.pdf',
      mediaType: 'application/pdf',
      size: Math.round(2.5 * 1024 * 1024),
      sha256: 'a'.repeat(64),
      createdAt: '2026-03-02T10:00:00.000Z',
      createdBy: { id: '9d0c1e0e-1d1e-4c59-9a57-1b1a2f0a0b02', name: 'Salma Idrissi' },
      deletedAt: null,
      deletedBy: null,
    },
  ],
};

/** The component as the server would first render it, with the list already fetched. */
async function render(
  lang: 'ar' | 'fr' | 'en',
  editable: boolean,
  list: AttachmentList = LIST,
  me: Me | null = null,
) {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ resources, lng: lang, interpolation: { escapeValue: false } });
  const queries = new QueryClient();
  queries.setQueryData(evidenceKeys.list('progress_update', OWNER), list);
  queries.setQueryData(keys.me, me);
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queries}>
        <MantineProvider>
          <EvidenceFiles ownerType="progress_update" ownerId={OWNER} editable={editable} />
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('EvidenceFiles', () => {
  it('lists a file in Arabic: its name isolated, a download link, the kind, the size and who added it', async () => {
    const html = await render('ar', true);
    expect(html).toContain('ملفات الإثبات');
    expect(html).toContain('<span dir="auto">محضر الاجتماع.pdf</span>');
    expect(html).toContain(`href="/api/v1/attachments/${LIST.items[0]?.id}/content"`);
    expect(html).toContain('مستند محمول');
    expect(html).toMatch(/2[.,]5/);
    expect(html).toContain('Salma Idrissi');
    expect(html).toContain('إضافة ملف');
    expect(html).toContain('حذف');
  });

  it('offers no upload or removal when the page is read-only or the server says no', async () => {
    for (const html of [await render('fr', false), await render('fr', true, { ...LIST, canEdit: false })]) {
      expect(html).toContain('Pièces justificatives');
      expect(html).not.toContain('Ajouter un fichier');
      expect(html).not.toContain('Retirer');
    }
  });

  it('says when there is no file yet', async () => {
    const html = await render('en', true, { ...LIST, items: [] });
    expect(html).toContain('No file yet.');
    expect(html).toContain('up to');
  });

  it('offers coordinators the removed files; a removed one is marked and downloads from the audit copy', async () => {
    const coordinator: Me = {
      id: '9d0c1e0e-1d1e-4c59-9a57-1b1a2f0a0b03',
      email: 'coord@example.org',
      name: 'Coordination',
      role: 'coordinator',
      institutionId: null,
      organizationId: null,
      locale: 'fr',
      mustChangePassword: false,
      csrfToken: 'x',
    };
    const file = LIST.items[0] as AttachmentList['items'][number];
    const removed = {
      ...file,
      deletedAt: '2026-03-05T09:00:00.000Z',
      deletedBy: { id: coordinator.id, name: 'Karim Alaoui' },
    };
    const html = await render('fr', true, { ...LIST, items: [removed] }, coordinator);
    expect(html).toContain('Afficher les fichiers retirés');
    expect(html).toContain('Retiré');
    expect(html).toContain('Karim Alaoui');
    expect(html).toContain(`/api/v1/attachments/${file.id}/content?includeDeleted=true`);
    // Nothing to remove twice.
    expect(html).not.toContain('>Retirer<');
    // Institution members are not offered removed files.
    expect(await render('fr', true)).not.toContain('Afficher les fichiers retirés');
  });
});
