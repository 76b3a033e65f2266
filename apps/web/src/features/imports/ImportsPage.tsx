import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListTable } from '../../app/ListTable';
import { PageHeader } from '../../app/PageHeader';
import { Pager } from '../../app/Pager';
import { useFormat } from '../../i18n/format';
import { useImports } from './api';
import { CountBadges, StatusBadge } from './labels';

const PAGE_SIZE = 20;

/** Every import kept: who, when, which file and format, what became of it. */
export function ImportsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const imports = useImports(page);
  const total = imports.data?.total ?? 0;

  return (
    <Stack gap="md">
      <PageHeader title={t('imports.title')} intro={t('imports.intro')}>
        <Button component={Link} to="/app/imports/new" leftSection={<IconFileImport size={18} aria-hidden />}>
          {t('imports.new')}
        </Button>
      </PageHeader>

      <ListTable
        query={imports}
        items={imports.data?.items}
        label={t('imports.title')}
        columns={[
          t('imports.fields.file'),
          t('imports.fields.format'),
          t('imports.fields.status'),
          t('imports.fields.counts'),
          t('imports.fields.by'),
          t('imports.fields.when'),
        ]}
        minWidth={760}
        empty={t('imports.empty')}
        striped
        highlightOnHover
        loadingRows={3}
      >
        {(job) => (
          <Table.Tr key={job.id}>
            <Table.Td>
              <Text component={Link} to={`/app/imports/${job.id}`} fw={600} size="sm" dir="auto" c="blue.8">
                {job.fileName}
              </Text>
            </Table.Td>
            <Table.Td>{t(`imports.formats.${job.format}`)}</Table.Td>
            <Table.Td>
              <StatusBadge status={job.status} />
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                <CountBadges counts={job.counts} />
              </Group>
            </Table.Td>
            <Table.Td>
              <span dir="auto">{job.createdBy?.name ?? t('imports.system')}</span>
            </Table.Td>
            <Table.Td>{f.dateTime(job.createdAt)}</Table.Td>
          </Table.Tr>
        )}
      </ListTable>
      <Pager
        total={total}
        pageSize={PAGE_SIZE}
        page={page}
        onChange={(p) => setParams({ page: String(p) })}
        label={t('imports.title')}
      />
    </Stack>
  );
}
