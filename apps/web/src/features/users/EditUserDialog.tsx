import { Modal, Stack, Switch, Text } from '@mantine/core';
import type { Actor, Institution, Role, User, UserUpdate } from '@tatabbu/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useUpdateUser } from '../../api/hooks';
import { DialogActions } from '../../app/DialogActions';
import { notify } from '../../app/notify';
import { SaveError } from '../../app/SaveError';
import { assignableRoles, fixedInstitution, needsInstitution } from './roles';
import { InstitutionSelect, RoleSelect } from './UserFormFields';

/**
 * Role, institution and active flag, sent with the version that was read (409 on a stale one).
 * Give it `key={id:version}`: a newer version (after "reload") starts the form afresh.
 */
export function EditUserDialog({
  user,
  onClose,
  actor,
  institutions,
  onReload,
  reloading,
}: {
  user: User | null;
  onClose: () => void;
  actor: Actor;
  institutions: Institution[];
  onReload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [role, setRole] = useState<Role | null>(user?.role ?? null);
  const [institutionId, setInstitutionId] = useState<string | null>(user?.institutionId ?? null);
  const [active, setActive] = useState(user?.active ?? true);
  const [error, setError] = useState<string | null>(null);

  if (!user) return null;
  const roles = assignableRoles(actor, user.role);
  const fixed = fixedInstitution(actor);
  const isSelf = user.id === actor.id;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!role) return;
    if (needsInstitution(role) && !institutionId) {
      setError(t('users.errors.institutionRequired'));
      return;
    }
    setError(null);
    const patch: UserUpdate & { id: string } = { id: user.id, version: user.version };
    if (role !== user.role) patch.role = role;
    const nextInstitution = needsInstitution(role) ? institutionId : null;
    if (nextInstitution !== user.institutionId) patch.institutionId = nextInstitution;
    if (active !== user.active) patch.active = active;
    update.mutate(patch, {
      onSuccess: () => {
        notify(t('users.edit.saved', { name: user.name }), { color: 'teal' });
        onClose();
      },
    });
  };

  const stale = isApiError(update.error, 'stale_version');
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('users.edit.title', { name: user.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SaveError
            error={update.error}
            problem={error}
            onReload={() => void onReload()}
            reloading={reloading}
            reloadLabel={t('users.edit.reload')}
            known={{ stale_version: { message: (e) => e.message, reload: true } }}
          />
          <Text size="sm" c="dimmed">
            <span dir="ltr">{user.email}</span>
          </Text>
          <RoleSelect roles={roles} value={role} onChange={setRole} />
          <InstitutionSelect
            role={role}
            institutions={institutions}
            value={institutionId}
            onChange={setInstitutionId}
            fixed={fixed !== null}
          />
          <Switch
            label={t('users.fields.active')}
            description={isSelf ? t('users.edit.selfActive') : t('users.edit.activeHint')}
            checked={active}
            disabled={isSelf}
            onChange={(e) => setActive(e.currentTarget.checked)}
          />
          <DialogActions onCancel={onClose} mt="sm" busy={update.isPending} disabled={stale} />
        </Stack>
      </form>
    </Modal>
  );
}
