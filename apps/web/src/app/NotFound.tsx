import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" py="xl">
      <PageTitle title={t('errors.notFoundTitle')} />
      <Title order={1}>{t('errors.notFoundTitle')}</Title>
      <Text>{t('errors.notFound')}</Text>
      <Anchor component={Link} to="/">
        {t('errors.goHome')}
      </Anchor>
    </Stack>
  );
}
