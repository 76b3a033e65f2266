import { Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { ApiTokenScope } from '@tatabbu/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../app/DialogActions';
import { SaveError } from '../../app/SaveError';
import { useCreateToken } from './api';

type Access = 'read' | 'write';
const SCOPES: Record<Access, ApiTokenScope[]> = { read: ['read'], write: ['read', 'write'] };

/** Name, access and optional last day of a new token; on success the caller shows the token once. */
export function CreateTokenDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: { token: string; name: string }) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [access, setAccess] = useState<Access>('read');
  const [expiresOn, setExpiresOn] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const today = new Date().toISOString().slice(0, 10);

  const close = () => {
    setName('');
    setAccess('read');
    setExpiresOn('');
    setProblem(null);
    create.reset();
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = !name.trim()
      ? t('tokens.create.nameRequired')
      : expiresOn && expiresOn < today
        ? t('tokens.create.pastExpiry')
        : null;
    setProblem(p);
    if (p) return;
    create.mutate(
      { name: name.trim(), scopes: SCOPES[access], expiresOn: expiresOn || null },
      {
        onSuccess: (created) => {
          onCreated({ token: created.token, name: created.apiToken.name });
          close();
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('tokens.create.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SaveError error={create.error} problem={problem} />
          <TextInput
            label={t('tokens.create.name')}
            description={t('tokens.create.nameHint')}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            dir="auto"
            data-autofocus
          />
          <Radio.Group
            label={t('tokens.create.access')}
            value={access}
            onChange={(v) => setAccess(v as Access)}
          >
            <Stack gap="xs" mt={4}>
              <Radio value="read" label={t('tokens.scope.read')} description={t('tokens.scope.readHint')} />
              <Radio
                value="write"
                label={t('tokens.scope.write')}
                description={t('tokens.scope.writeHint')}
              />
            </Stack>
          </Radio.Group>
          <TextInput
            type="date"
            label={t('tokens.create.expiresOn')}
            description={t('tokens.create.expiresOnHint')}
            min={today}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
          />
          <Text size="xs" c="dimmed">
            {t('tokens.create.rights')}
          </Text>
          <DialogActions onCancel={close} busy={create.isPending} confirmLabel={t('tokens.create.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
