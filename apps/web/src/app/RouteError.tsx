import { Anchor, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ApiRequestError } from '../api/client';
import { PageTitle } from './PageTitle';

/** Anything a route could not render: the server's message when there is one, and a way on. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  // The reader sees a plain message; the cause goes to the console for whoever investigates.
  useEffect(() => console.error(error), [error]);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const message =
    error instanceof ApiRequestError
      ? error.message
      : notFound
        ? t('errors.notFound')
        : t('errors.unexpected');
  return (
    <Container size="sm" py="xl" component="main" id="main-content">
      <PageTitle title={notFound ? t('errors.notFoundTitle') : t('errors.title')} />
      <Stack gap="sm">
        <Title order={1}>{notFound ? t('errors.notFoundTitle') : t('errors.title')}</Title>
        <Text role="alert">{message}</Text>
        <Group>
          <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
          <Anchor component={Link} to="/">
            {t('errors.goHome')}
          </Anchor>
        </Group>
      </Stack>
    </Container>
  );
}
