import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
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
          <Group gap="sm" wrap="nowrap" align="center">
            <Code
              p="sm"
              dir="ltr"
              aria-label={t('tokens.created.label')}
              style={{ flex: 1, display: 'block', overflowWrap: 'anywhere', userSelect: 'all' }}
            >
              {created.token}
            </Code>
            <CopyButton value={created.token} timeout={3000}>
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
