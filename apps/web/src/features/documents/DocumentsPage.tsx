import { Stack } from '@mantine/core';
import { DOCUMENT_KINDS, type DocumentKind } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useMe } from '../../api/hooks';
import { PageHeader } from '../../app/PageHeader';
import { TitledSection } from '../../app/TitledSection';
import {
  activeFilterCount,
  PRESENTATION,
  parseListState,
  toApiQuery,
  toSearchParams,
} from '../recommendations/filters';
import { DocumentForm } from './DocumentForm';
import { DocumentsList } from './DocumentsList';

/**
 * `/app/reports`: generate a document and download it. The address carries the recommendation
 * list's query (the list's "Generate" entry links here with it) and, in `kind`, what to preselect.
 */
export function DocumentsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const state = parseListState(params);
  const filters = Object.fromEntries(
    Object.entries(toApiQuery(state, i18n.language)).filter(([key]) => !PRESENTATION.has(key)),
  );
  const kind = params.get('kind');
  const listQuery = toSearchParams({ ...state, page: 1 }).toString();
  return (
    <Stack gap="lg">
      <PageHeader title={t('documents.title')} intro={t('documents.intro')} />
      {me.data && (
        <TitledSection title={t('documents.new')} card="md" gap="sm">
          <DocumentForm
            me={me.data}
            filters={filters}
            filterCount={activeFilterCount(state) + (state.q ? 1 : 0)}
            listLink={`/app/recommendations${listQuery ? `?${listQuery}` : ''}`}
            initialKind={
              (DOCUMENT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as DocumentKind) : null
            }
          />
        </TitledSection>
      )}
      <TitledSection title={t('documents.recent')}>
        <DocumentsList />
      </TitledSection>
    </Stack>
  );
}
