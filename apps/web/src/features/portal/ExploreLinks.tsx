import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import { IconChartBar, IconDatabase, IconScale, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TitledSection } from '../../app/TitledSection';
import './portal.css';

/** The home's ways in besides the list: goals, mechanisms, summary charts, open data. */
export function ExploreLinks() {
  const { t } = useTranslation();
  const entries = [
    { to: '/sdgs', icon: IconWorld, title: t('portal.explore.sdgs'), about: t('portal.explore.sdgsAbout') },
    {
      to: '/mechanisms',
      icon: IconScale,
      title: t('portal.explore.mechanisms'),
      about: t('portal.explore.mechanismsAbout'),
    },
    {
      to: '/summary',
      icon: IconChartBar,
      title: t('portal.explore.summary'),
      about: t('portal.explore.summaryAbout'),
    },
    {
      to: '/open-data',
      icon: IconDatabase,
      title: t('portal.explore.openData'),
      about: t('portal.explore.openDataAbout'),
    },
  ];
  return (
    <TitledSection title={t('portal.explore.title')} titleSize="h3" gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="ul" className="portal-plain-list">
        {entries.map(({ to, icon: Icon, title, about }) => (
          <Card key={to} withBorder padding="md" component="li">
            <Icon size={28} aria-hidden stroke={1.5} color="var(--mantine-color-blue-8)" />
            <Anchor component={Link} to={to} fw={700} mt="xs" display="block">
              {title}
            </Anchor>
            <Text size="sm" c="dimmed" mt={4}>
              {about}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </TitledSection>
  );
}
