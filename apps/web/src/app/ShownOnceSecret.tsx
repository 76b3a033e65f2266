import { Button, Code, CopyButton, Group, type MantineFontSize } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A secret shown once (a one-time password, an API token): selectable in one click, with a copy button. */
export function ShownOnceSecret({
  value,
  label,
  size,
}: {
  value: string;
  /** What the value is, for screen readers. */
  label: string;
  size?: MantineFontSize;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Code
        fz={size}
        p="sm"
        dir="ltr"
        aria-label={label}
        style={{ flex: 1, display: 'block', overflowWrap: 'anywhere', userSelect: 'all' }}
      >
        {value}
      </Code>
      <CopyButton value={value} timeout={3000}>
        {({ copied, copy }) => (
          <Button
            variant={copied ? 'filled' : 'default'}
            color={copied ? 'teal.9' : undefined}
            leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            onClick={copy}
          >
            {copied ? t('common.copied') : t('common.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
