import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ShownOnceSecret } from '../../app/ShownOnceSecret';

/** The one-time password is shown once: the administrator passes it on, the user changes it at first sign-in. */
export function OneTimePasswordDialog({
  result,
  onClose,
}: {
  result: { name: string; email: string; password: string; created: boolean } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={result !== null}
      onClose={onClose}
      title={result?.created ? t('users.otp.createdTitle') : t('users.otp.resetTitle')}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="md"
    >
      {result ? (
        <Stack gap="md">
          <Text size="sm">
            {t('users.otp.intro', { name: result.name })} <span dir="ltr">({result.email})</span>
          </Text>
          <ShownOnceSecret value={result.password} label={t('users.otp.label')} size="lg" />
          <Alert color="blue" variant="light" icon={<IconKey aria-hidden />}>
            <Text size="sm">{t('users.otp.once')}</Text>
            <Text size="sm" mt={4}>
              {t('users.otp.mustChange')}
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('users.otp.done')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
