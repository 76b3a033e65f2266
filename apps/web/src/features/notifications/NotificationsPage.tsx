import { Anchor, Button, Card, Group, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { IconCheck, IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../app/ErrorState';
import { notify } from '../../app/notify';
import { Pager } from '../../app/Pager';
import { PageTitle } from '../../app/PageTitle';
import { useFormat } from '../../i18n/format';
import { useMarkAllRead, useMarkRead, useNotifications } from './api';
import { NotificationText } from './NotificationText';

const PAGE_SIZE = 20;

/** All my notifications, newest first: each leads to its page; mark one or all as read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications({ page, pageSize: PAGE_SIZE, unreadOnly });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  return (
    <Stack gap="md">
      <PageTitle title={t('notifications.title')} />
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('notifications.title')}</Title>
        <Group gap="md">
          <Switch
            label={t('notifications.unreadOnly')}
            checked={unreadOnly}
            onChange={(e) => {
              setUnreadOnly(e.currentTarget.checked);
              setPage(1);
            }}
          />
          <Button
            variant="light"
            leftSection={<IconChecks size={16} aria-hidden />}
            disabled={!list.data?.unread}
            loading={markAll.isPending}
            onClick={() =>
              markAll.mutate(undefined, { onSuccess: () => notify(t('notifications.allMarked')) })
            }
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
      </Group>
      {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.isPending ? <Skeleton height={120} /> : null}
      {list.data?.items.length === 0 ? <Text c="dimmed">{t('notifications.empty')}</Text> : null}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {list.data?.items.map((n) => (
          <Card
            key={n.id}
            component="li"
            withBorder
            padding="sm"
            style={{ borderInlineStart: n.readAt ? undefined : '4px solid var(--mantine-color-blue-6)' }}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Anchor
                component={Link}
                to={n.path}
                underline="hover"
                c="inherit"
                onClick={() => (n.readAt ? undefined : markRead.mutate(n.id))}
              >
                <NotificationText notification={n} />
                <Text size="xs" c="dimmed">
                  {f.dateTime(n.createdAt)}
                  {n.readAt ? '' : ` · ${t('notifications.unread')}`}
                </Text>
              </Anchor>
              {n.readAt ? null : (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconCheck size={14} aria-hidden />}
                  onClick={() => markRead.mutate(n.id)}
                >
                  {t('notifications.markRead')}
                </Button>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
      <Pager
        total={list.data?.total ?? 0}
        pageSize={PAGE_SIZE}
        page={page}
        onChange={setPage}
        label={t('notifications.title')}
      />
    </Stack>
  );
}
