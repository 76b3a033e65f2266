import {
  ActionIcon,
  Anchor,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import type { Notification } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../i18n/format';
import { useMarkAllRead, useMarkRead, useNotifications } from './api';
import { NotificationText } from './NotificationText';

/** The bell of the workspace header: unread count, the latest notifications, each leading to its page. */
export function NotificationBell() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const [opened, { close, toggle }] = useDisclosure(false);
  const list = useNotifications({ page: 1, pageSize: 8 });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = list.data?.unread ?? 0;

  const open = (n: Notification) => {
    close();
    if (!n.readAt) markRead.mutate(n.id);
    navigate(n.path);
  };

  // The badge wraps the popover, not its target: the target gets aria-haspopup, allowed on a button only.
  return (
    <Indicator label={f.number(unread)} size={18} disabled={unread === 0} offset={4} color="red">
      <Popover
        opened={opened}
        onChange={(o) => (o ? undefined : close())}
        position="bottom-end"
        width={360}
        shadow="md"
        withinPortal
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="dark"
            size="lg"
            onClick={toggle}
            aria-label={t('notifications.bellLabel', { count: unread })}
            aria-expanded={opened}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs">
          <Text fw={700} size="sm" px="xs" pb="xs">
            {t('notifications.recent')}
          </Text>
          <Stack gap={0} mah={420} style={{ overflowY: 'auto' }}>
            {list.data?.items.length === 0 ? (
              <Text size="sm" c="dimmed" p="xs">
                {t('notifications.empty')}
              </Text>
            ) : null}
            {list.data?.items.map((n) => (
              <UnstyledButton
                key={n.id}
                onClick={() => open(n)}
                p="xs"
                className="notification-item"
                style={{
                  borderInlineStart: n.readAt
                    ? '3px solid transparent'
                    : '3px solid var(--mantine-color-blue-6)',
                }}
              >
                <NotificationText notification={n} />
                <Text size="xs" c="dimmed">
                  {f.dateTime(n.createdAt)}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
          <Divider my="xs" />
          <Group justify="space-between" px="xs">
            <Anchor component={Link} to="/app/notifications" size="sm" onClick={close}>
              {t('notifications.seeAll')}
            </Anchor>
            {unread > 0 ? (
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => markAll.mutate()}
                loading={markAll.isPending}
              >
                {t('notifications.markAllRead')}
              </Button>
            ) : null}
          </Group>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
