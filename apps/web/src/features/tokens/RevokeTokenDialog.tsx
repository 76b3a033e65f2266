import { Modal, Stack, Text } from '@mantine/core';
import type { ApiToken } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../app/DialogActions';
import { notify } from '../../app/notify';
import { SaveError } from '../../app/SaveError';
import { isolate } from '../../i18n/format';
import { useRevokeToken } from './api';

/** Revoking cannot be undone: the integration using the token stops at once. */
export function RevokeTokenDialog({ token, onClose }: { token: ApiToken | null; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeToken();
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <Modal
      opened={token !== null}
      onClose={close}
      title={t('tokens.revoke.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {token ? (
        <Stack gap="md">
          <SaveError error={revoke.error} />
          <Text size="sm">{t('tokens.revoke.confirm', { name: isolate(token.name) })}</Text>
          <DialogActions
            onCancel={close}
            color="red"
            busy={revoke.isPending}
            confirmLabel={t('tokens.revoke.submit')}
            onConfirm={() =>
              revoke.mutate(token.id, {
                onSuccess: () => {
                  notify(t('tokens.revoke.done', { name: isolate(token.name) }), { color: 'teal' });
                  close();
                },
              })
            }
          />
        </Stack>
      ) : null}
    </Modal>
  );
}
