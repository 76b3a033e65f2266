import { Anchor, Box, Button, Container, Group, Stack, Text } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { useConfig } from '../api/hooks';
import { PortalNav } from '../features/portal/PortalNav';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SkipLink } from './SkipLink';

/** The public portal: anonymous visitors, published data only. */
export function PublicShell() {
  const { t } = useTranslation();
  const config = useConfig().data;
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <ScrollRestoration />
      <SkipLink />
      <Box component="header" bg="white" style={{ borderBlockEnd: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="xl" py="sm">
          <Group justify="space-between" gap="sm">
            <Group gap="lg">
              <Anchor component={Link} to="/" className="brand-link" fw={800} fz="xl">
                {t('app.name')}
              </Anchor>
              <Box component="nav" aria-label={t('nav.main')}>
                <PortalNav />
              </Box>
            </Group>
            <Group gap="xs">
              <LanguageSwitcher />
              <Button
                component={Link}
                to="/login"
                variant="default"
                leftSection={<IconLogin size={18} aria-hidden />}
              >
                {t('nav.signIn')}
              </Button>
            </Group>
          </Group>
        </Container>
      </Box>

      <Container
        size="xl"
        py="lg"
        w="100%"
        style={{ flex: 1 }}
        component="main"
        id="main-content"
        tabIndex={-1}
      >
        <Outlet />
      </Container>

      <Box
        component="footer"
        bg="white"
        style={{ borderBlockStart: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size="xl" py="md">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('footer.about')}
            </Text>
            {config?.demo ? (
              <Text size="sm" c="dimmed">
                {t('footer.demo')}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed">
              {t('footer.license')}
              {config?.version ? ` · ${t('footer.version', { version: config.version })}` : ''}
            </Text>
          </Stack>
        </Container>
      </Box>
    </Box>
  );
}
