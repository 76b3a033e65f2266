import { ActionIcon, Button, Group, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconEye, IconEyeOff, IconPencil, IconPlus } from '@tabler/icons-react';
import type { MeasureSummary, Plan } from '@tatabbu/domain';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { BackLink } from '../../app/BackLink';
import { ErrorState } from '../../app/ErrorState';
import { notify } from '../../app/notify';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { AxisFormDialog } from './AxisFormDialog';
import { useCanManagePlans, useMeasures, usePlan, usePublishPlan } from './api';
import { FormError } from './FormError';
import { MeasureFilters } from './MeasureFilters';
import { MeasureFormDialog } from './MeasureFormDialog';
import { MeasuresTable } from './MeasuresTable';
import { PlanBadges } from './PlanBadges';
import { PlanFormDialog } from './PlanFormDialog';
import { SmallButton } from './SmallButton';
import { StatusBreakdown } from './StatusBreakdown';

/** Enough for a whole plan on one page (Morocco's plan has 435 measures). */
const PAGE_SIZE = 500;

/** One plan: its axes with their measures and how far they have come. */
export function PlanPage({ base }: { base: string }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const plan = usePlan(id);
  const back = <BackLink to={base} label={t('plans.list.back')} />;
  if (plan.isPending) {
    return (
      <Stack gap="md">
        <PageTitle title={t('common.loading')} />
        {back}
        <Skeleton height={32} width="50%" />
        <Skeleton height={160} />
      </Stack>
    );
  }
  if (plan.isError) {
    const notFound = isApiError(plan.error) && plan.error.status === 404;
    return (
      <Stack gap="md">
        <PageTitle title={t('plans.plan.notFound')} />
        {back}
        {notFound ? (
          <Text>{t('plans.plan.notFound')}</Text>
        ) : (
          <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />
        )}
      </Stack>
    );
  }
  return <PlanView plan={plan.data} base={base} back={back} reload={() => void plan.refetch()} />;
}

type Dialog =
  | { kind: 'plan' }
  | { kind: 'axis'; axisId?: string }
  | { kind: 'measure'; axisId?: string | null };

function PlanView({
  plan,
  base,
  back,
  reload,
}: {
  plan: Plan;
  base: string;
  back: ReactNode;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const canManage = useCanManagePlans() && base.startsWith('/app');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const [institution, setInstitution] = useState<string | null>(null);
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const measures = useMeasures({ plan: plan.id, q: debouncedQ, status, institution, pageSize: PAGE_SIZE });
  const publish = usePublishPlan(plan.id);
  const name = f.text(plan.name) || plan.code;
  const description = f.text(plan.description);

  const byAxis = (axisId: string | null): MeasureSummary[] =>
    (measures.data?.items ?? []).filter((m) => (m.axis?.id ?? null) === axisId);
  const withoutAxis = byAxis(null);
  const editedAxis = dialog?.kind === 'axis' ? plan.axes.find((a) => a.id === dialog.axisId) : undefined;

  const togglePublished = () =>
    publish.mutate(
      { version: plan.version, published: !plan.published },
      {
        onSuccess: () =>
          notify(plan.published ? t('plans.plan.unpublishedDone') : t('plans.plan.publishedDone'), {
            color: 'teal',
          }),
      },
    );

  return (
    <Stack gap="lg">
      <PageTitle title={name} />
      {back}
      <Stack gap="xs">
        <Group gap="xs">
          <Text size="sm" c="dimmed" className="ltr-value">
            {plan.code}
          </Text>
          <PlanBadges published={plan.published} demo={plan.demo} showPublication={base.startsWith('/app')} />
        </Group>
        <Title order={1} dir="auto">
          {name}
        </Title>
        {plan.startYear || plan.endYear ? (
          <Text c="dimmed">
            {t('plans.plan.period', {
              start: plan.startYear ? String(plan.startYear) : '…',
              end: plan.endYear ? String(plan.endYear) : '…',
            })}
          </Text>
        ) : null}
        {description ? (
          <Text dir="auto" style={{ whiteSpace: 'pre-line' }}>
            {description}
          </Text>
        ) : null}
        {canManage ? (
          <Group gap="xs">
            <SmallButton icon={IconPencil} onClick={() => setDialog({ kind: 'plan' })}>
              {t('plans.plan.edit')}
            </SmallButton>
            <Button
              variant={plan.published ? 'default' : 'filled'}
              size="xs"
              loading={publish.isPending}
              leftSection={
                plan.published ? <IconEyeOff size={14} aria-hidden /> : <IconEye size={14} aria-hidden />
              }
              onClick={togglePublished}
            >
              {plan.published ? t('plans.plan.unpublish') : t('plans.plan.publish')}
            </Button>
            <SmallButton icon={IconPlus} onClick={() => setDialog({ kind: 'axis' })}>
              {t('plans.axis.create')}
            </SmallButton>
            <SmallButton icon={IconPlus} onClick={() => setDialog({ kind: 'measure' })}>
              {t('plans.measure.create')}
            </SmallButton>
          </Group>
        ) : null}
        <FormError error={publish.error} onReload={reload} />
      </Stack>

      <TitledSection title={t('plans.breakdown.title', { count: plan.measureCount })} card="md" gap="xs">
        <StatusBreakdown counts={plan.statusCounts} />
      </TitledSection>

      <MeasureFilters
        q={q}
        onQ={setQ}
        status={status}
        onStatus={setStatus}
        institution={institution}
        onInstitution={setInstitution}
        width={320}
      >
        {measures.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('plans.measure.shown', { count: measures.data.total })}
          </Text>
        ) : null}
      </MeasureFilters>

      {measures.isError ? (
        <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />
      ) : null}
      {measures.isPending ? <Skeleton height={200} /> : null}

      {plan.axes.map((axis) => (
        <TitledSection
          key={axis.id}
          title={
            <Group gap="xs" component="span" wrap="nowrap">
              <span dir="auto">{`${axis.number}. ${f.text(axis.name)}`}</span>
              {canManage ? (
                <Tooltip label={t('plans.axis.edit')}>
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    aria-label={t('plans.axis.edit')}
                    onClick={() => setDialog({ kind: 'axis', axisId: axis.id })}
                  >
                    <IconPencil size={14} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              ) : null}
            </Group>
          }
          card="md"
          gap="xs"
        >
          <StatusBreakdown counts={axis.statusCounts} compact />
          {measures.data ? (
            <MeasuresTable
              items={byAxis(axis.id)}
              base={base}
              caption={t('plans.axis.measures', { count: byAxis(axis.id).length })}
            />
          ) : null}
          {canManage ? (
            <Button
              mt="xs"
              size="xs"
              variant="subtle"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setDialog({ kind: 'measure', axisId: axis.id })}
            >
              {t('plans.measure.createInAxis')}
            </Button>
          ) : null}
        </TitledSection>
      ))}

      {withoutAxis.length > 0 || (plan.axes.length === 0 && measures.data) ? (
        <TitledSection title={t('plans.axis.noneTitle')} card="md" gap="xs">
          <MeasuresTable
            items={withoutAxis}
            base={base}
            caption={t('plans.axis.measures', { count: withoutAxis.length })}
          />
        </TitledSection>
      ) : null}

      {dialog?.kind === 'plan' ? (
        <PlanFormDialog
          key={`${plan.id}:${plan.version}`}
          plan={plan}
          onClose={() => setDialog(null)}
          onReload={reload}
        />
      ) : null}
      {dialog?.kind === 'axis' ? (
        <AxisFormDialog
          key={editedAxis ? `${editedAxis.id}:${editedAxis.version}` : 'new'}
          planId={plan.id}
          axis={editedAxis}
          nextSort={plan.axes.length + 1}
          onClose={() => setDialog(null)}
          onReload={reload}
        />
      ) : null}
      {dialog?.kind === 'measure' ? (
        <MeasureFormDialog
          planId={plan.id}
          axes={plan.axes}
          defaultAxisId={dialog.axisId ?? null}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Stack>
  );
}
