import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ShownOnceSecret } from '../../app/ShownOnceSecret';
import { isolate } from '../../i18n/format';

/** The new token, shown this once: the server keeps only its fingerprint. */
export function NewTokenDialog({
  created,
  onClose,
}: {
  created: { token: string; name: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title={t('tokens.created.title')}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {created ? (
        <Stack gap="md">
          <Text size="sm">{t('tokens.created.intro', { name: isolate(created.name) })}</Text>
          <ShownOnceSecret value={created.token} label={t('tokens.created.label')} />
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="note">
            <Text size="sm">{t('tokens.created.once')}</Text>
            <Text size="sm" mt={4}>
              {t('tokens.created.secret')}
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('tokens.created.done')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
