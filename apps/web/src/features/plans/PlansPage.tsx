import { Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconListSearch, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../app/ErrorState';
import { PageHeader } from '../../app/PageHeader';
import { useFormat } from '../../i18n/format';
import { useCanManagePlans, usePlans } from './api';
import { PlanBadges } from './PlanBadges';
import { PlanFormDialog } from './PlanFormDialog';
import { planPath } from './paths';
import { StatusBreakdown } from './StatusBreakdown';

/** The national action plans: each with its period, size and how far its measures have come. */
export function PlansPage({ base }: { base: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const plans = usePlans();
  const canManage = useCanManagePlans() && base.startsWith('/app');
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();

  return (
    <Stack gap="lg">
      <PageHeader title={t('plans.list.title')} intro={t('plans.list.intro')}>
        <Group gap="xs">
          <Button
            component={Link}
            to={`${base}/measures`}
            variant="default"
            leftSection={<IconListSearch size={16} aria-hidden />}
          >
            {t('plans.measures.title')}
          </Button>
          {canManage ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('plans.plan.create')}
            </Button>
          ) : null}
        </Group>
      </PageHeader>
      {plans.isPending ? (
        <Skeleton height={140} />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.data.length === 0 ? (
        <Text c="dimmed">{t('plans.list.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {plans.data.map((plan) => (
            <Card key={plan.id} withBorder padding="md" component="article">
              <Stack gap="xs">
                <Group gap="xs">
                  <Text size="xs" c="dimmed" className="ltr-value">
                    {plan.code}
                  </Text>
                  <PlanBadges
                    published={plan.published}
                    demo={plan.demo}
                    showPublication={base.startsWith('/app')}
                  />
                </Group>
                <Title order={2} size="h4">
                  <Anchor component={Link} to={planPath(base, plan.id)} dir="auto">
                    {f.text(plan.name) || plan.code}
                  </Anchor>
                </Title>
                <Text size="sm" c="dimmed">
                  {[
                    plan.startYear || plan.endYear
                      ? t('plans.plan.period', {
                          start: plan.startYear ? String(plan.startYear) : '…',
                          end: plan.endYear ? String(plan.endYear) : '…',
                        })
                      : null,
                    t('plans.plan.axisCount', { count: plan.axisCount }),
                    t('plans.plan.measureCount', { count: plan.measureCount }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <StatusBreakdown counts={plan.statusCounts} />
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {creating ? (
        <PlanFormDialog onClose={() => setCreating(false)} onSaved={(p) => navigate(planPath(base, p.id))} />
      ) : null}
    </Stack>
  );
}
