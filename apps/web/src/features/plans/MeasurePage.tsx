import { Anchor, Group, List, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { LocalizedText, Measure } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { BackLink } from '../../app/BackLink';
import { ErrorState } from '../../app/ErrorState';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { EvidenceFiles } from '../evidence/EvidenceFiles';
import { DemoMarker, StatusBadge } from '../recommendations/badges';
import { useCanManagePlans, useMeasure, usePlan } from './api';
import { IndicatorsSection } from './IndicatorsSection';
import { LinkedRecommendations } from './LinkedRecommendations';
import { MeasureFormDialog } from './MeasureFormDialog';
import { planPath } from './paths';
import { SmallButton } from './SmallButton';

/** The measure card: what the measure is, who is responsible, how far it has come, and what it implements. */
export function MeasurePage({ base }: { base: string }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const measure = useMeasure(id);
  if (measure.isPending) {
    return (
      <Stack gap="md">
        <PageTitle title={t('common.loading')} />
        <Skeleton height={32} width="50%" />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (measure.isError) {
    const notFound = isApiError(measure.error) && measure.error.status === 404;
    return (
      <Stack gap="md">
        <PageTitle title={t('plans.measure.notFound')} />
        <BackLink to={base} label={t('plans.list.back')} />
        {notFound ? (
          <Text>{t('plans.measure.notFound')}</Text>
        ) : (
          <ErrorState error={measure.error} onRetry={() => void measure.refetch()} />
        )}
      </Stack>
    );
  }
  return <MeasureCard measure={measure.data} base={base} reload={() => void measure.refetch()} />;
}

function MeasureCard({ measure, base, reload }: { measure: Measure; base: string; reload: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const workspace = base.startsWith('/app');
  const canManage = useCanManagePlans() && workspace;
  const [editing, setEditing] = useState(false);
  // The edit form offers the plan's axes.
  const plan = usePlan(measure.plan.id, canManage);
  const name = f.text(measure.name) || measure.number;
  const subMeasure = f.text(measure.subMeasure);
  const lead = measure.institutions.filter((i) => i.role === 'lead');
  const contributing = measure.institutions.filter((i) => i.role === 'contributing');

  return (
    <Stack gap="lg">
      <PageTitle title={`${measure.number} ${name}`} />
      <BackLink to={planPath(base, measure.plan.id)} label={f.text(measure.plan.name) || measure.plan.code} />
      <Stack gap="xs">
        {measure.axis ? (
          <Text size="sm" c="dimmed" dir="auto">
            {t('plans.measure.axisLine', { number: measure.axis.number, name: f.text(measure.axis.name) })}
          </Text>
        ) : null}
        <Title order={1}>
          <span className="ltr-value">{measure.number}</span> <span dir="auto">{name}</span>
        </Title>
        {subMeasure ? (
          <Text fw={600} dir="auto">
            {t('plans.measure.subMeasureLine', { text: subMeasure })}
          </Text>
        ) : null}
        <Group gap="xs">
          <StatusBadge status={measure.status} />
          <DemoMarker origin={measure.plan.demo ? 'demo' : null} />
          {measure.statusDate ? (
            <Text size="sm" c="dimmed">
              {t('plans.measure.asOf', { date: f.date(measure.statusDate) })}
            </Text>
          ) : null}
        </Group>
        {measure.status === 'continuous' ? (
          <Text size="sm" c="dimmed">
            {t('plans.measure.continuousHint')}
          </Text>
        ) : null}
        {canManage ? (
          <Group>
            <SmallButton icon={IconPencil} onClick={() => setEditing(true)} disabled={!plan.data}>
              {t('plans.measure.edit')}
            </SmallButton>
          </Group>
        ) : null}
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <TextBlock title={t('plans.measure.description')} text={measure.description} />
        <TextBlock title={t('plans.measure.objectives')} text={measure.objectives} />
      </SimpleGrid>

      <TitledSection title={t('plans.measure.institutions')} card="md" gap="xs">
        {measure.institutions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('common.notSpecified')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <InstitutionGroup title={t('plans.measure.lead')} items={lead} base={base} />
            <InstitutionGroup title={t('plans.measure.contributing')} items={contributing} base={base} />
          </SimpleGrid>
        )}
      </TitledSection>

      <TextBlock title={t('plans.measure.achievements')} text={measure.achievements} />

      <IndicatorsSection
        measureId={measure.id}
        indicators={measure.indicators}
        canManage={canManage}
        reload={reload}
      />

      <LinkedRecommendations
        measureId={measure.id}
        items={measure.recommendations}
        base={base}
        canManage={canManage}
      />

      {workspace ? <EvidenceFiles ownerType="measure" ownerId={measure.id} editable={canManage} /> : null}

      <Text size="xs" c="dimmed">
        {t('plans.measure.updated', { date: f.date(measure.updatedAt) })}
      </Text>

      {editing && plan.data ? (
        <MeasureFormDialog
          key={`${measure.id}:${measure.version}`}
          planId={measure.plan.id}
          axes={plan.data.axes}
          measure={measure}
          onClose={() => setEditing(false)}
          onReload={reload}
        />
      ) : null}
    </Stack>
  );
}

function TextBlock({ title, text }: { title: string; text: LocalizedText }) {
  const { t } = useTranslation();
  const f = useFormat();
  const value = f.text(text);
  return (
    <TitledSection title={title} card="md" gap="xs">
      {value ? (
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-line' }}>
          {value}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('plans.measure.empty')}
        </Text>
      )}
    </TitledSection>
  );
}

/** Each institution links to the measures it is responsible for. */
function InstitutionGroup({
  title,
  items,
  base,
}: {
  title: string;
  items: Measure['institutions'];
  base: string;
}) {
  const f = useFormat();
  if (items.length === 0) return null;
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {items.map((i) => {
          const acronym = f.text(i.acronym);
          const name = f.text(i.name) || i.code;
          return (
            <List.Item key={i.id}>
              <Anchor
                component={Link}
                to={`${base}/measures?institution=${encodeURIComponent(i.id)}`}
                dir="auto"
              >
                {name}
              </Anchor>
              {acronym && acronym !== name ? (
                <Text span c="dimmed" size="sm" dir="auto">
                  {' '}
                  ({acronym})
                </Text>
              ) : null}
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}
