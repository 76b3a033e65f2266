import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { MECHANISM_TYPES, type Mechanism } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMechanisms, useRecommendations } from '../../api/hooks';
import { ErrorState } from '../../app/ErrorState';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { MechanismBadge } from '../recommendations/badges';
import { PortalMeta } from './PortalMeta';
import './portal.css';

/** Mechanisms that addressed published recommendations, by kind (UPR, treaty bodies, …). */
export function MechanismsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const mechanisms = useMechanisms();
  const counts = useRecommendations({ pageSize: 1, lang: f.locale });
  const countOf = new Map((counts.data?.facets.mechanism ?? []).map((b) => [b.value, b.count]));
  const shown = (mechanisms.data ?? []).filter((m) => (countOf.get(m.code) ?? 0) > 0);
  const groups = MECHANISM_TYPES.map((type) => [type, shown.filter((m) => m.type === type)] as const).filter(
    ([, list]) => list.length > 0,
  );
  const pending = mechanisms.isPending || counts.isPending;

  return (
    <Stack gap="lg">
      <PageTitle title={t('portal.mechanisms.title')} />
      <PortalMeta description={t('portal.mechanisms.intro')} />
      <Stack gap="xs" maw={760}>
        <Title order={1}>{t('portal.mechanisms.title')}</Title>
        <Text>{t('portal.mechanisms.intro')}</Text>
      </Stack>
      {mechanisms.isError || counts.isError ? (
        <ErrorState
          error={mechanisms.error ?? counts.error}
          onRetry={() => {
            void mechanisms.refetch();
            void counts.refetch();
          }}
        />
      ) : null}
      {pending ? <Skeleton height={160} /> : null}
      {!pending && groups.length === 0 ? <Text c="dimmed">{t('list.empty')}</Text> : null}
      {groups.map(([type, list]) => (
        <TitledSection key={type} title={t(`portal.mechanismTypes.${type}`)} titleSize="h3" gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" className="portal-plain-list">
            {list.map((m) => (
              <MechanismCard key={m.code} mechanism={m} count={countOf.get(m.code) ?? 0} />
            ))}
          </SimpleGrid>
        </TitledSection>
      ))}
    </Stack>
  );
}

function MechanismCard({ mechanism, count }: { mechanism: Mechanism; count: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card withBorder padding="md" component="li">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <MechanismBadge code={mechanism.code} />
        <Stack gap={2}>
          <Anchor component={Link} to={`/mechanisms/${encodeURIComponent(mechanism.code)}`} fw={700}>
            <span dir="auto">{f.text(mechanism.name) || mechanism.code}</span>
          </Anchor>
          <Anchor
            component={Link}
            to={`/recommendations?mechanism=${encodeURIComponent(mechanism.code)}`}
            size="sm"
          >
            {t('list.total', { count })}
          </Anchor>
        </Stack>
      </Group>
    </Card>
  );
}
