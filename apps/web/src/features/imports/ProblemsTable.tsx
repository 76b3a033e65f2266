import { Badge, Card, Table, Text, Title } from '@mantine/core';
import type { ImportProblemView } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { PagedTable } from './PagedTable';

/** Problems per page, as the server pages them. */
export const PROBLEMS_PAGE_SIZE = 100;

/** Each problem with where it is (row, column) and why, in the reader's language. */
export function ProblemsTable({
  problems,
  total,
  page,
  onPage,
}: {
  problems: ImportProblemView[];
  total: number;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card withBorder component="section" aria-labelledby="problems-title" padding="sm">
      <Title order={2} size="h3" id="problems-title" mb="xs">
        {t('imports.problems.title', { n: f.number(total) })}
      </Title>
      <PagedTable
        minWidth={560}
        labelledBy="problems-title"
        head={
          <>
            <Table.Th scope="col" w={70}>
              {t('imports.problems.row')}
            </Table.Th>
            <Table.Th scope="col">{t('imports.problems.column')}</Table.Th>
            <Table.Th scope="col">{t('imports.problems.message')}</Table.Th>
          </>
        }
        total={total}
        pageSize={PROBLEMS_PAGE_SIZE}
        page={page}
        onPage={onPage}
        pagerLabel={t('imports.problems.pages')}
      >
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id; their order is stable
          <Table.Tr key={i}>
            <Table.Td>{p.row !== undefined ? f.number(p.row) : '—'}</Table.Td>
            <Table.Td dir="auto">{p.column ?? '—'}</Table.Td>
            <Table.Td>
              <Badge
                color={p.severity === 'error' ? 'red' : 'orange'}
                variant="light"
                tt="none"
                radius="sm"
                me={6}
              >
                {t(`imports.problems.${p.severity}`)}
              </Badge>
              <Text span size="sm">
                {p.message}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </PagedTable>
    </Card>
  );
}
