import { Anchor, Button, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRecommendations } from '../../api/hooks';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { OPEN_DATA } from './api';
import { LicenceNotice } from './LicenceNotice';
import { PortalMeta } from './PortalMeta';
import './portal.css';

/** Downloads of every published recommendation, their format, licence and dictionary. */
export function OpenDataPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const total = useRecommendations({ pageSize: 1, lang: f.locale }).data?.total;
  const files = [
    { format: 'csv', href: OPEN_DATA.csv(f.locale) },
    { format: 'xlsx', href: OPEN_DATA.xlsx(f.locale) },
    { format: 'json', href: OPEN_DATA.json },
  ] as const;

  return (
    <Stack gap="lg">
      <PageTitle title={t('portal.openData.title')} />
      <PortalMeta description={t('portal.openData.intro')} />
      <Stack gap="xs" maw={760}>
        <Title order={1}>{t('portal.openData.title')}</Title>
        <Text>{t('portal.openData.intro')}</Text>
        {total !== undefined ? <Text fw={600}>{t('portal.openData.count', { count: total })}</Text> : null}
      </Stack>

      <TitledSection title={t('portal.openData.downloads')} gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="ul" className="portal-plain-list">
          {files.map(({ format, href }) => (
            <Card key={format} withBorder padding="md" component="li">
              <Stack gap="xs" h="100%" justify="space-between">
                <div>
                  <Text fw={700}>{t(`portal.openData.${format}.name`)}</Text>
                  <Text size="sm">{t(`portal.openData.${format}.about`)}</Text>
                </div>
                <Button
                  component="a"
                  href={href}
                  download
                  variant="light"
                  leftSection={<IconDownload size={18} aria-hidden />}
                >
                  {t(`portal.openData.${format}.download`)}
                </Button>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
        <Text size="sm" mt="sm">
          {t('portal.openData.filtered')}{' '}
          <Anchor component={Link} to="/recommendations">
            {t('portal.openData.toList')}
          </Anchor>
        </Text>
      </TitledSection>

      <LicenceNotice />

      <TitledSection title={t('portal.openData.documentation')} card="md" gap="xs">
        <List spacing="xs" size="sm">
          <List.Item>
            <Anchor component={Link} to="/open-data/dictionary">
              {t('portal.openData.dictionaryLink')}
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor href={OPEN_DATA.schema}>{t('portal.openData.schemaLink')}</Anchor>
          </List.Item>
          <List.Item>
            <Anchor href={OPEN_DATA.openapi}>{t('portal.openData.apiLink')}</Anchor>
          </List.Item>
        </List>
      </TitledSection>
    </Stack>
  );
}
