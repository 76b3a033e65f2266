import { Anchor, Badge, Progress, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { DocumentJob } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../app/ListTable';
import { useFormat } from '../../i18n/format';
import { documentFileUrl, useMyDocuments } from './api';

const STATUS_COLORS: Record<DocumentJob['status'], string> = {
  queued: 'gray',
  running: 'blue',
  done: 'green',
  failed: 'red',
};

/** Size in kB, rounded up (a small file is never "0 kB"). */
const kilobytes = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

/** My recent documents: what, in which language, how far along, and the download once done. */
export function DocumentsList() {
  const { t } = useTranslation();
  const f = useFormat();
  const documents = useMyDocuments();
  return (
    <ListTable
      query={documents}
      items={documents.data}
      label={t('documents.recent')}
      columns={[
        t('documents.fields.document'),
        t('documents.fields.lang'),
        t('documents.fields.status'),
        t('documents.fields.when'),
        { hidden: t('documents.fields.download') },
      ]}
      minWidth={680}
      empty={t('documents.empty')}
      striped
      loadingRows={2}
    >
      {(job) => (
        <Table.Tr key={job.id}>
          <Table.Td>
            <Text size="sm" fw={600}>
              {t(`documents.kinds.${job.kind}`)}
            </Text>
            {job.fileName && (
              <Text size="xs" c="dimmed" dir="ltr">
                {job.fileName}
              </Text>
            )}
          </Table.Td>
          <Table.Td>{t(`documents.langs.${job.lang}`)}</Table.Td>
          <Table.Td>
            <Badge color={STATUS_COLORS[job.status]} variant="dot" tt="none">
              {t(`documents.statuses.${job.status}`)}
            </Badge>
            {job.status === 'running' && job.progressTotal > 0 && (
              <Progress
                mt={6}
                value={(100 * job.progressDone) / job.progressTotal}
                aria-label={t('documents.progress', {
                  done: f.number(job.progressDone),
                  total: f.number(job.progressTotal),
                })}
                size="sm"
              />
            )}
            {job.status === 'failed' && (
              <Text size="xs" c="red.8">
                {t('documents.failed')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>{f.dateTime(job.createdAt)}</Table.Td>
          <Table.Td>
            {job.status === 'done' && (
              <Anchor href={documentFileUrl(job.id)} download={job.fileName ?? true} size="sm">
                <IconDownload size={16} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
                {t('documents.download', { size: f.number(kilobytes(job.size ?? 0)) })}
              </Anchor>
            )}
          </Table.Td>
        </Table.Tr>
      )}
    </ListTable>
  );
}
