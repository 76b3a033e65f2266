import {
  AppShell,
  Avatar,
  Burger,
  Button,
  Group,
  NavLink as MantineNavLink,
  Menu,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuildingCommunity,
  IconChartBar,
  IconChevronDown,
  IconClipboardList,
  IconFileImport,
  IconFileText,
  IconHome,
  IconKey,
  IconList,
  IconListDetails,
  IconLogout,
  IconLogout2,
  IconShieldCheck,
  IconUsers,
  IconWorld,
} from '@tabler/icons-react';
import { can } from '@tatabbu/domain';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { useLogout, useLogoutAll } from '../api/hooks';
import { useSessionUser } from '../features/auth/session';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { actorOf } from '../features/users/roles';
import { LanguageSwitcher } from './LanguageSwitcher';
import { notify } from './notify';
import { SkipLink } from './SkipLink';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');

/** The signed-in workspace: navigation per role (the server decides anyway), user menu, language. */
export function WorkspaceShell() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const location = useLocation();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);
  const logout = useLogout();
  const logoutAll = useLogoutAll();

  // Close the mobile navigation after following a link.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation
  useEffect(() => close(), [location.pathname, close]);

  const links = [
    { to: '/app', label: t('nav.overview'), icon: IconHome, exact: true, show: true },
    { to: '/app/recommendations', label: t('nav.recommendations'), icon: IconList, exact: false, show: true },
    {
      to: '/app/dashboard',
      label: t('dashboard.nav'),
      icon: IconChartBar,
      exact: false,
      show: can(actorOf(me), 'dashboard.read'),
    },
    {
      to: '/app/reports',
      label: t('documents.nav'),
      icon: IconFileText,
      exact: false,
      show: can(actorOf(me), 'recommendation.export'),
    },
    {
      to: '/app/plans',
      label: t('plans.nav'),
      icon: IconListDetails,
      exact: false,
      show: can(actorOf(me), 'plan.read'),
    },
    {
      to: '/app/rounds',
      label: t('followup.nav'),
      icon: IconClipboardList,
      exact: false,
      show: can(actorOf(me), 'round.read', { institutionId: me.institutionId }),
    },
    {
      to: '/app/imports',
      label: t('imports.nav'),
      icon: IconFileImport,
      exact: false,
      show: can(actorOf(me), 'recommendation.import'),
    },
    {
      to: '/app/institutions',
      label: t('institutions.nav'),
      icon: IconBuildingCommunity,
      exact: false,
      show: can(actorOf(me), 'institution.manage'),
    },
    {
      to: '/app/users',
      label: t('nav.users'),
      icon: IconUsers,
      exact: false,
      show: can(actorOf(me), 'user.list'),
    },
    {
      to: '/app/audit',
      label: t('audit.nav'),
      icon: IconShieldCheck,
      exact: false,
      show: can(actorOf(me), 'audit.read'),
    },
  ];
  const isActive = (to: string, exact: boolean) =>
    exact ? location.pathname === to : location.pathname === to || location.pathname.startsWith(`${to}/`);

  const signOut = (everywhere: boolean) => {
    const m = everywhere ? logoutAll : logout;
    m.mutate(undefined, {
      onSettled: () => {
        notify(everywhere ? t('user.signedOutEverywhere') : t('user.signedOut'));
        navigate('/login', { replace: true });
      },
    });
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <ScrollRestoration />
        <SkipLink />
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
            />
            <Text component={Link} to="/app" className="brand-link" fw={800} fz="lg">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('nav.workspace')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitcher />
            <Menu position="bottom-end" withinPortal shadow="md" width={260}>
              <Menu.Target>
                <UnstyledButton aria-label={t('user.menu', { name: me.name })} px={6} py={4}>
                  <Group gap={8} wrap="nowrap">
                    <Avatar size={32} radius="xl" color="blue" variant="filled">
                      {initials(me.name)}
                    </Avatar>
                    <Text size="sm" fw={600} visibleFrom="sm" dir="auto" maw={160} truncate>
                      {me.name}
                    </Text>
                    <IconChevronDown size={14} aria-hidden />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>
                  <Text size="sm" fw={700} c="dark" dir="auto">
                    {me.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`roles.${me.role}`)}
                  </Text>
                </Menu.Label>
                <Menu.Divider />
                <Menu.Item component={Link} to="/app/account" leftSection={<IconKey size={16} aria-hidden />}>
                  {t('user.changePassword')}
                </Menu.Item>
                <Menu.Item component={Link} to="/" leftSection={<IconWorld size={16} aria-hidden />}>
                  {t('nav.publicPortal')}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => signOut(false)}>
                  {t('user.signOut')}
                </Menu.Item>
                <Menu.Item
                  color="red.9"
                  leftSection={<IconLogout2 size={16} aria-hidden />}
                  onClick={() => signOut(true)}
                >
                  {t('user.signOutEverywhere')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('nav.main')}>
        {links
          .filter((l) => l.show)
          .map((l) => {
            const active = isActive(l.to, l.exact);
            return (
              <MantineNavLink
                key={l.to}
                component={Link}
                to={l.to}
                label={l.label}
                leftSection={<l.icon size={18} aria-hidden />}
                active={active}
                aria-current={active ? 'page' : undefined}
                variant="light"
                fw={600}
              />
            );
          })}
        <Button
          component={Link}
          to="/"
          variant="subtle"
          color="dark"
          mt="auto"
          justify="flex-start"
          leftSection={<IconWorld size={16} aria-hidden />}
        >
          {t('nav.publicPortal')}
        </Button>
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
