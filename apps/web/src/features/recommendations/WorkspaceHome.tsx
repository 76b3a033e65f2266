import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IMPLEMENTATION_STATUSES } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConfig, useRecommendations } from '../../api/hooks';
import { ErrorState } from '../../app/ErrorState';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { useSessionUser } from '../auth/session';
import { StatusBadge } from './badges';

/** A short welcome with the counts of the user's scope (one list request: total and facets). */
export function WorkspaceHome() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useSessionUser();
  const overview = useRecommendations({ pageSize: 1, lang: f.locale });
  const demo = useConfig().data?.demo ?? false;
  const data = overview.data;
  const statusCounts = new Map((data?.facets.status ?? []).map((b) => [b.value, b.count]));
  const withoutStatus = data ? data.total - [...statusCounts.values()].reduce((a, b) => a + b, 0) : 0;

  return (
    <Stack gap="lg">
      <PageTitle title={t('home.title')} />
      <div>
        <Title order={1}>{t('home.welcome', { name: me.name })}</Title>
        <Text c="dimmed" mt={4}>
          {t('home.intro', { role: t(`roles.${me.role}`) })}
        </Text>
      </div>

      {overview.isError && !data ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : null}

      <TitledSection title={t('home.scope')} card="lg">
        {data ? (
          <Text fz={36} fw={700} lh={1.2} mt="xs">
            {f.number(data.total)}
          </Text>
        ) : (
          <Skeleton height={40} width={200} mt="xs" />
        )}
        <Anchor component={Link} to="/app/recommendations" mt="sm" display="inline-block">
          {t('home.openList')}
        </Anchor>
      </TitledSection>

      <TitledSection title={t('home.byStatus')} gap="sm">
        {demo ? (
          <Text
            size="sm"
            mb="sm"
            c="#5c4400"
            bg="#fff8db"
            p="xs"
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            {t('demo.legend')}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          {IMPLEMENTATION_STATUSES.map((s) => (
            <Card key={s} withBorder padding="md">
              <Group justify="space-between" wrap="nowrap">
                <StatusBadge status={s} />
                {data ? (
                  <Anchor
                    component={Link}
                    to={`/app/recommendations?status=${s}`}
                    fw={700}
                    aria-label={t('home.statusLink', {
                      status: t(`status.${s}`),
                      n: f.number(statusCounts.get(s) ?? 0),
                    })}
                  >
                    {f.number(statusCounts.get(s) ?? 0)}
                  </Anchor>
                ) : (
                  <Skeleton height={16} width={40} />
                )}
              </Group>
            </Card>
          ))}
          {data && withoutStatus > 0 ? (
            <Card withBorder padding="md">
              <Group justify="space-between" wrap="nowrap">
                <StatusBadge status={null} />
                <Text fw={700}>{f.number(withoutStatus)}</Text>
              </Group>
            </Card>
          ) : null}
        </SimpleGrid>
      </TitledSection>

      {data?.facets.mechanism?.length ? (
        <TitledSection title={t('home.byMechanism')} gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            {data.facets.mechanism.map((m) => (
              <Card key={m.value} withBorder padding="md">
                <Group justify="space-between" wrap="nowrap">
                  <Anchor
                    component={Link}
                    to={`/app/recommendations?mechanism=${encodeURIComponent(m.value)}`}
                  >
                    <span dir="auto">{f.text(m.label) || m.value}</span>
                  </Anchor>
                  <Text fw={700}>{f.number(m.count)}</Text>
                </Group>
              </Card>
            ))}
          </SimpleGrid>
        </TitledSection>
      ) : null}
    </Stack>
  );
}
