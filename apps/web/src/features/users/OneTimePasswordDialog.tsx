import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

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
          <Group gap="sm" wrap="nowrap" align="center">
            <Code
              fz="lg"
              p="sm"
              dir="ltr"
              aria-label={t('users.otp.label')}
              style={{
                flex: 1,
                display: 'block',
                letterSpacing: '0.05em',
                overflowWrap: 'anywhere',
                userSelect: 'all',
              }}
            >
              {result.password}
            </Code>
            <CopyButton value={result.password} timeout={3000}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'filled' : 'default'}
                  color={copied ? 'teal.9' : undefined}
                  leftSection={
                    copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                  }
                  onClick={copy}
                >
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
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
