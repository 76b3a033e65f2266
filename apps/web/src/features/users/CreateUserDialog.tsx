import { Alert, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import {
  type Actor,
  type Institution,
  type Role,
  UI_LOCALES,
  type UiLocale,
  userCreateSchema,
} from '@tatabbu/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/client';
import { type UserWithPassword, useCreateUser } from '../../api/hooks';
import { DialogActions } from '../../app/DialogActions';
import { LOCALE_NAMES } from '../../i18n/locale';
import { useInviteUser } from '../notifications/api';
import { assignableRoles, fixedInstitution, needsInstitution } from './roles';
import { InstitutionSelect, RoleSelect } from './UserFormFields';

type Errors = Partial<Record<'name' | 'email' | 'role' | 'institutionId', string>>;

export function CreateUserDialog({
  opened,
  onClose,
  actor,
  institutions,
  onCreated,
  onInvited,
}: {
  opened: boolean;
  onClose: () => void;
  actor: Actor;
  institutions: Institution[];
  onCreated?: (result: UserWithPassword) => void;
  /** Given: the same form invites the user by e-mail (a one-time link) instead of creating a password. */
  onInvited?: (email: string) => void;
}) {
  const { t } = useTranslation();
  const created = useCreateUser();
  const invited = useInviteUser();
  const create = onInvited ? invited : created;
  const roles = assignableRoles(actor);
  const fixed = fixedInstitution(actor);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | null>(roles.length === 1 ? (roles[0] ?? null) : null);
  const [institutionId, setInstitutionId] = useState<string | null>(fixed);
  const [locale, setLocale] = useState<UiLocale | ''>('');
  const [errors, setErrors] = useState<Errors>({});

  const reset = () => {
    setName('');
    setEmail('');
    setRole(roles.length === 1 ? (roles[0] ?? null) : null);
    setInstitutionId(fixed);
    setLocale('');
    setErrors({});
    create.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      name: name.trim(),
      email: email.trim(),
      role: role ?? undefined,
      institutionId: needsInstitution(role) ? institutionId : null,
      locale: locale || null,
    };
    const next: Errors = {};
    if (!body.name) next.name = t('users.errors.nameRequired');
    if (!role) next.role = t('users.errors.roleRequired');
    if (needsInstitution(role) && !institutionId) next.institutionId = t('users.errors.institutionRequired');
    const parsed = userCreateSchema.safeParse(body);
    if (!parsed.success && parsed.error.issues.some((i) => i.path[0] === 'email')) {
      next.email = body.email ? t('users.errors.emailInvalid') : t('users.errors.emailRequired');
    }
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.success) return;
    if (onInvited) {
      invited.mutate(parsed.data, {
        onSuccess: (result) => {
          reset();
          onInvited(result.user.email);
        },
      });
    } else {
      created.mutate(parsed.data, {
        onSuccess: (result) => {
          reset();
          onCreated?.(result);
        },
      });
    }
  };

  const serverError =
    create.error instanceof ApiRequestError
      ? create.error.message
      : create.error
        ? t('errors.unexpected')
        : null;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={onInvited ? t('notifications.invite.title') : t('users.create.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {serverError ? (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
              {serverError}
            </Alert>
          ) : null}
          <TextInput
            label={t('users.fields.name')}
            required
            dir="auto"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            data-autofocus
          />
          <TextInput
            label={t('users.fields.email')}
            type="email"
            required
            dir="ltr"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          <RoleSelect roles={roles} value={role} onChange={setRole} error={errors.role} />
          <InstitutionSelect
            role={role}
            institutions={institutions}
            value={institutionId}
            onChange={setInstitutionId}
            fixed={fixed !== null}
            error={errors.institutionId}
          />
          <NativeSelect
            label={t('users.fields.locale')}
            value={locale}
            onChange={(e) => setLocale(e.currentTarget.value as UiLocale | '')}
            data={[
              { value: '', label: t('users.localeNone') },
              ...UI_LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] })),
            ]}
          />
          <DialogActions
            onCancel={close}
            mt="sm"
            confirmLabel={onInvited ? t('notifications.invite.submit') : t('users.create.submit')}
            busy={create.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
