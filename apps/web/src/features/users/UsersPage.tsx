import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconDots, IconKey, IconMail, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { ROLES, type Role, type User } from '@tatabbu/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { type UserWithPassword, useInstitutions, useResetPassword, useUsers } from '../../api/hooks';
import { DialogActions } from '../../app/DialogActions';
import { ListTable } from '../../app/ListTable';
import { notify } from '../../app/notify';
import { PageHeader } from '../../app/PageHeader';
import { Pager } from '../../app/Pager';
import { SearchField } from '../../app/SearchField';
import { useFormat } from '../../i18n/format';
import { useSessionUser } from '../auth/session';
import { CreateUserDialog } from './CreateUserDialog';
import { EditUserDialog } from './EditUserDialog';
import { OneTimePasswordDialog } from './OneTimePasswordDialog';
import { actorOf, assignableRoles, canManage } from './roles';

const PAGE_SIZE = 20;
const isRole = (v: string | null): v is Role => (ROLES as readonly string[]).includes(v ?? '');

export function UsersPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useSessionUser();
  const actor = actorOf(me);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const roleParam = params.get('role');
  const role = isRole(roleParam) ? roleParam : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const users = useUsers({ q: q || undefined, role, page, pageSize: PAGE_SIZE });
  const institutions = useInstitutions();
  const reset = useResetPassword();
  const institutionName = useMemo(() => {
    const byId = new Map((institutions.data ?? []).map((i) => [i.id, i]));
    return (id: string | null) => {
      if (!id) return '';
      const i = byId.get(id);
      return i ? f.text(i.acronym) || f.text(i.name) || i.code : '…';
    };
  }, [institutions.data, f]);

  const [createOpen, setCreateOpen] = useState(false);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [editId, setEditId] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState<User | null>(null);
  const [otp, setOtp] = useState<{ name: string; email: string; password: string; created: boolean } | null>(
    null,
  );
  const editUser = users.data?.items.find((u) => u.id === editId) ?? null;
  const canCreate = assignableRoles(actor).length > 0;

  const setParam = (name: string, value: string | null, replace = false) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'page') next.delete('page');
    setParams(next, { replace, preventScrollReset: true });
  };

  const showOtp = (result: UserWithPassword, created: boolean) =>
    setOtp({ name: result.user.name, email: result.user.email, password: result.oneTimePassword, created });

  const total = users.data?.total ?? 0;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('users.title')}
        intro={users.data ? t('users.total', { count: total }) : t('common.loading')}
        live
      >
        {canCreate ? (
          <Group gap="sm">
            <Button
              variant="light"
              leftSection={<IconMail size={18} aria-hidden />}
              onClick={() => setInviteOpen(true)}
            >
              {t('notifications.invite.open')}
            </Button>
            <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setCreateOpen(true)}>
              {t('users.create.open')}
            </Button>
          </Group>
        ) : null}
      </PageHeader>

      <Group gap="sm" align="flex-end" role="search">
        <SearchField
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          value={q}
          onSearch={(value, typing) => setParam('q', value, typing)}
          delay={400}
        />
        <NativeSelect
          label={t('users.fields.role')}
          value={role ?? ''}
          onChange={(e) => setParam('role', e.currentTarget.value || null)}
          data={[
            { value: '', label: t('users.allRoles') },
            ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
          ]}
        />
      </Group>

      <ListTable
        query={users}
        items={users.data?.items}
        label={t('users.caption')}
        columns={[
          t('users.fields.name'),
          t('users.fields.email'),
          t('users.fields.role'),
          t('users.fields.institution'),
          t('users.fields.status'),
          t('users.fields.lastLogin'),
          { hidden: t('users.fields.actions') },
        ]}
        minWidth={760}
        empty={t('users.empty')}
        striped
        highlightOnHover
      >
        {(u) => (
          <Table.Tr key={u.id}>
            <Table.Td>
              <Text size="sm" fw={600} dir="auto">
                {u.name}
              </Text>
              {u.mustChangePassword ? (
                <Text size="xs" c="dimmed">
                  {t('users.pendingPassword')}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Text size="sm" dir="ltr" span>
                {u.email}
              </Text>
            </Table.Td>
            <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
            <Table.Td>
              <span dir="auto">{institutionName(u.institutionId)}</span>
            </Table.Td>
            <Table.Td>
              {u.active ? (
                <Badge variant="light" color="blue" tt="none" radius="sm">
                  {t('users.active')}
                </Badge>
              ) : (
                <Badge variant="outline" color="gray" c="gray.8" tt="none" radius="sm">
                  {t('users.inactive')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{u.lastLoginAt ? f.dateTime(u.lastLoginAt) : t('users.never')}</Text>
            </Table.Td>
            <Table.Td>
              {canManage(actor, u) ? (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      color="dark"
                      aria-label={t('users.actionsFor', { name: u.name })}
                    >
                      <IconDots size={18} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconPencil size={16} aria-hidden />}
                      onClick={() => setEditId(u.id)}
                    >
                      {t('users.edit.open')}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconKey size={16} aria-hidden />}
                      onClick={() => setConfirmReset(u)}
                    >
                      {t('users.reset.open')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              ) : null}
            </Table.Td>
          </Table.Tr>
        )}
      </ListTable>

      <Pager
        total={total}
        pageSize={PAGE_SIZE}
        page={page}
        onChange={(p) => setParam('page', p > 1 ? String(p) : null)}
        label={t('list.pagination.label')}
        compact={false}
      />

      <CreateUserDialog
        opened={createOpen}
        onClose={() => setCreateOpen(false)}
        actor={actor}
        institutions={institutions.data ?? []}
        onCreated={(result) => {
          setCreateOpen(false);
          showOtp(result, true);
        }}
      />

      <CreateUserDialog
        opened={inviteOpen}
        onClose={() => setInviteOpen(false)}
        actor={actor}
        institutions={institutions.data ?? []}
        onInvited={(email) => {
          setInviteOpen(false);
          notify(t('notifications.invite.sent', { email }));
        }}
      />

      <EditUserDialog
        key={editUser ? `${editUser.id}:${editUser.version}` : 'none'}
        user={editUser}
        onClose={() => setEditId(null)}
        actor={actor}
        institutions={institutions.data ?? []}
        onReload={() => users.refetch()}
        reloading={users.isFetching}
      />

      <Modal
        opened={confirmReset !== null}
        onClose={() => {
          setConfirmReset(null);
          reset.reset();
        }}
        title={t('users.reset.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('users.reset.confirm', { name: confirmReset?.name ?? '' })}</Text>
          {reset.error ? (
            <Text size="sm" c="red.9" role="alert">
              {reset.error instanceof ApiRequestError ? reset.error.message : t('errors.unexpected')}
            </Text>
          ) : null}
          <DialogActions
            onCancel={() => setConfirmReset(null)}
            confirmLabel={t('users.reset.submit')}
            color="red.9"
            busy={reset.isPending}
            onConfirm={() => {
              if (!confirmReset) return;
              reset.mutate(confirmReset.id, {
                onSuccess: (result) => {
                  setConfirmReset(null);
                  showOtp(result, false);
                },
              });
            }}
          />
        </Stack>
      </Modal>

      <OneTimePasswordDialog result={otp} onClose={() => setOtp(null)} />
    </Stack>
  );
}

export default UsersPage;
