import {
  Anchor,
  Button,
  Card,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
  useDirection,
} from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRecommendations } from '../../api/hooks';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { ExploreLinks } from './ExploreLinks';
import { PortalMeta } from './PortalMeta';

/** What this is, in a sentence, and the way in: the list, whole or by mechanism. */
export function PortalHome() {
  const { t } = useTranslation();
  const f = useFormat();
  const { dir } = useDirection();
  const Arrow = dir === 'rtl' ? IconArrowLeft : IconArrowRight;
  // One small request: the total and the mechanism counts.
  const overview = useRecommendations({ pageSize: 1, lang: f.locale });
  const mechanisms = overview.data?.facets.mechanism ?? [];

  return (
    <Stack gap="xl" py="md">
      <PageTitle />
      <PortalMeta description={t('portal.intro')} />
      <Stack gap="sm" maw={760}>
        <Title order={1}>{t('portal.title')}</Title>
        <Text size="lg">{t('portal.intro')}</Text>
        <Group mt="sm">
          <Button
            component={Link}
            to="/recommendations"
            size="md"
            rightSection={<Arrow size={18} aria-hidden />}
          >
            {overview.data ? t('portal.browseCount', { count: overview.data.total }) : t('portal.browse')}
          </Button>
        </Group>
      </Stack>

      <ExploreLinks />

      <TitledSection title={t('portal.byMechanism')} titleSize="h3" gap="sm">
        {overview.isPending ? (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} height={72} />
            ))}
          </SimpleGrid>
        ) : mechanisms.length === 0 ? (
          <Text c="dimmed">{overview.isError ? t('errors.unexpected') : t('list.empty')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            {mechanisms.map((m) => (
              <Card key={m.value} withBorder padding="md">
                <Anchor
                  component={Link}
                  to={`/recommendations?mechanism=${encodeURIComponent(m.value)}`}
                  fw={700}
                >
                  <span dir="auto">{f.text(m.label) || m.value}</span>
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t('list.total', { count: m.count })}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </TitledSection>

      <TitledSection title={t('portal.aboutTitle')} card="lg" gap="xs">
        <Text size="sm">{t('portal.about')}</Text>
        <Text size="sm" mt="xs">
          {t('portal.workspaceHint')}{' '}
          <Anchor component={Link} to="/login">
            {t('nav.signIn')}
          </Anchor>
        </Text>
      </TitledSection>
    </Stack>
  );
}
