import { Alert, Anchor, Button, Card, Group, Progress, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconCheck, IconTrash } from '@tabler/icons-react';
import { IMPORT_OUTCOMES, type ImportJob } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorState } from '../../app/ErrorState';
import { notify } from '../../app/notify';
import { PageTitle } from '../../app/PageTitle';
import { isolate, useFormat } from '../../i18n/format';
import { useCommitImport, useDiscardImport, useImportJob } from './api';
import { BackToImports } from './BackToImports';
import { CountBadges, StatusBadge } from './labels';
import { PreviewRowsTable, ROWS_PAGE_SIZE } from './PreviewRowsTable';
import { ProblemsTable } from './ProblemsTable';

const TABS = ['all', ...IMPORT_OUTCOMES, 'recurring'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => (TABS as readonly string[]).includes(v ?? '');

/** One import: progress while it runs, then its preview with Commit / Discard, then its outcome. */
export function ImportJobPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('show');
  const tab: Tab = isTab(tabParam) ? tabParam : 'all';
  const rowsPage = Math.max(1, Number(params.get('rows')) || 1);
  const problemsPage = Math.max(1, Number(params.get('problems')) || 1);
  const job = useImportJob(id, {
    outcome: tab === 'all' || tab === 'recurring' ? undefined : tab,
    recurring: tab === 'recurring' ? 'true' : undefined,
    rowsPage,
    rowsPageSize: ROWS_PAGE_SIZE,
    problemsPage,
  });

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name === 'show') next.delete('rows');
    setParams(next, { replace: true, preventScrollReset: true });
  };

  if (job.isError && !job.data) return <ErrorState error={job.error} onRetry={() => void job.refetch()} />;
  const data = job.data;

  return (
    <Stack gap="md">
      <PageTitle title={data ? t('imports.job.title', { file: data.fileName }) : t('imports.title')} />
      <BackToImports />
      {!data ? (
        <Text>{t('common.loading')}</Text>
      ) : (
        <>
          <JobHeader job={data} />
          <JobState job={data} />
          {data.status !== 'running' ? (
            <>
              <Group gap={6} aria-label={t('imports.fields.counts')} role="group">
                <CountBadges counts={data.counts} all />
              </Group>
              {data.problemsTotal > 0 ? (
                <ProblemsTable
                  problems={data.problems}
                  total={data.problemsTotal}
                  page={problemsPage}
                  onPage={(p) => setParam('problems', p > 1 ? String(p) : null)}
                />
              ) : null}
              {data.counts.total > 0 ? (
                <Card withBorder component="section" aria-labelledby="rows-title" padding="sm">
                  <Title order={2} size="h3" id="rows-title" mb="xs">
                    {t('imports.rows.title')}
                  </Title>
                  <Tabs
                    value={tab}
                    onChange={(v) => setParam('show', v === 'all' ? null : v)}
                    keepMounted={false}
                  >
                    <Tabs.List>
                      {TABS.map((name) => (
                        <Tabs.Tab key={name} value={name}>
                          {t(`imports.tabs.${name}`)}
                        </Tabs.Tab>
                      ))}
                    </Tabs.List>
                  </Tabs>
                  <PreviewRowsTable
                    rows={data.rows}
                    total={data.rowsTotal}
                    page={rowsPage}
                    onPage={(p) => setParam('rows', p > 1 ? String(p) : null)}
                    busy={job.isPlaceholderData}
                  />
                </Card>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </Stack>
  );
}

function JobHeader({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div>
      <Group gap="sm" align="center">
        <Title order={1} dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {job.fileName}
        </Title>
        <StatusBadge status={job.status} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('imports.job.meta', {
          format: t(`imports.formats.${job.format}`),
          name: isolate(job.createdBy?.name ?? t('imports.system')),
          date: isolate(f.dateTime(job.createdAt)),
        })}
      </Text>
    </div>
  );
}

/** What the coordinator can do now: wait, commit or discard, or read the outcome. */
function JobState({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const f = useFormat();
  const commit = useCommitImport(job.id);
  const discard = useDiscardImport(job.id);

  if (job.status === 'running' || job.status === 'committing') {
    const { done, total } = job.progress;
    const percent = total > 0 ? Math.round((done / total) * 100) : 0;
    return (
      <Stack gap={4} aria-live="polite">
        <Text size="sm" id="job-progress">
          {job.status === 'running' ? t('imports.job.running') : t('imports.job.committing')}{' '}
          {total > 0 ? t('imports.job.progress', { done: f.number(done), total: f.number(total) }) : ''}
        </Text>
        <Progress
          value={total > 0 ? percent : 100}
          animated
          striped
          size="lg"
          aria-labelledby="job-progress"
        />
      </Stack>
    );
  }
  if (job.status === 'failed') {
    return (
      <Alert color="red" role="alert" title={t('imports.job.failed')}>
        {job.problems.find((p) => p.row === undefined)?.message ?? ''}
      </Alert>
    );
  }
  if (job.status === 'committed') {
    return (
      <Alert color="green" icon={<IconCheck aria-hidden />}>
        {t('imports.job.committed', { date: f.dateTime(job.committedAt) })}{' '}
        <Anchor component={Link} to="/app/recommendations">
          {t('imports.job.seeRecommendations')}
        </Anchor>
      </Alert>
    );
  }
  if (job.status === 'discarded') return <Alert color="gray">{t('imports.job.discarded')}</Alert>;

  const toWrite = job.counts.new + job.counts.updated;
  const conflict = commit.error ?? discard.error;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Text size="sm">
          {toWrite > 0
            ? t('imports.job.readyToCommit', { n: f.number(toWrite) })
            : t('imports.job.nothingToCommit')}
        </Text>
        {conflict ? (
          <ErrorState
            error={conflict}
            title={isApiError(conflict, 'stale_version') ? t('imports.job.stale') : undefined}
          />
        ) : null}
        <Group>
          <Button
            color="green"
            leftSection={<IconCheck size={18} aria-hidden />}
            loading={commit.isPending}
            disabled={discard.isPending}
            onClick={() =>
              commit.mutate(job.version, {
                onSuccess: () => notify(t('imports.job.committedToast'), { color: 'green' }),
              })
            }
          >
            {t('imports.job.commit')}
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={18} aria-hidden />}
            loading={discard.isPending}
            disabled={commit.isPending}
            onClick={() =>
              discard.mutate(job.version, { onSuccess: () => notify(t('imports.job.discardedToast')) })
            }
          >
            {t('imports.job.discard')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
