import { Anchor, Table, Text } from '@mantine/core';
import type { ImportRow } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyTableRow } from '../../app/EmptyTableRow';
import { useFormat } from '../../i18n/format';
import { PagedTable } from './PagedTable';

export const ROWS_PAGE_SIZE = 50;

const OUTCOME_COLORS = { new: 'green.8', updated: 'blue.8', unchanged: 'gray.7', error: 'red.8' } as const;

/** A page of the preview: what each row of the file will do. */
export function PreviewRowsTable({
  rows,
  total,
  page,
  onPage,
  busy,
}: {
  rows: ImportRow[];
  total: number;
  page: number;
  onPage: (page: number) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const sep = t('common.listSeparator');
  return (
    <PagedTable
      minWidth={720}
      labelledBy="rows-title"
      busy={busy}
      head={
        <>
          <Table.Th scope="col" w={70}>
            {t('imports.rows.row')}
          </Table.Th>
          <Table.Th scope="col">{t('imports.rows.key')}</Table.Th>
          <Table.Th scope="col">{t('imports.rows.outcome')}</Table.Th>
          <Table.Th scope="col">{t('imports.rows.text')}</Table.Th>
          <Table.Th scope="col">{t('imports.rows.changes')}</Table.Th>
        </>
      }
      total={total}
      pageSize={ROWS_PAGE_SIZE}
      page={page}
      onPage={onPage}
      pagerLabel={t('imports.rows.pages')}
    >
      {rows.length === 0 ? (
        <EmptyTableRow columns={5}>{t('imports.rows.none')}</EmptyTableRow>
      ) : (
        rows.map((r) => (
          <Table.Tr key={r.row} data-outcome={r.outcome}>
            <Table.Td>{f.number(r.row)}</Table.Td>
            <Table.Td>
              <Text size="sm" dir="ltr" span style={{ whiteSpace: 'nowrap' }}>
                {r.key ?? '—'}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={600} c={OUTCOME_COLORS[r.outcome]}>
                {t(`imports.outcomes.${r.outcome}`)}
              </Text>
            </Table.Td>
            <Table.Td style={{ maxWidth: 480 }}>
              <Text size="sm" dir="auto" lineClamp={3}>
                {r.excerpt}
              </Text>
              {r.recurrenceOf ? (
                <Text size="xs" mt={2}>
                  {t('imports.rows.repeats')}{' '}
                  <Anchor component={Link} to={`/app/recommendations/${r.recurrenceOf.id}`} dir="ltr">
                    {r.recurrenceOf.key}
                  </Anchor>{' '}
                  ({f.number(Math.round(r.recurrenceOf.similarity * 100))}%)
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Text size="xs">{r.changes.join(sep)}</Text>
            </Table.Td>
          </Table.Tr>
        ))
      )}
    </PagedTable>
  );
}
