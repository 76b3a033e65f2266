import { Button, Group, type MantineColor, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog's closing row: Cancel, then the confirming button (Save unless told otherwise). Without
 * `onConfirm` the confirming button submits the dialog's form.
 */
export function DialogActions({
  onCancel,
  onConfirm,
  confirmLabel,
  busy = false,
  disabled = false,
  color,
  mt,
  gap,
}: {
  onCancel: () => void;
  onConfirm?: () => void;
  confirmLabel?: ReactNode;
  busy?: boolean;
  disabled?: boolean;
  color?: MantineColor;
  mt?: MantineSpacing;
  gap?: MantineSpacing;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt={mt} gap={gap}>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button
        type={onConfirm ? 'button' : 'submit'}
        onClick={onConfirm}
        loading={busy}
        disabled={disabled}
        color={color}
      >
        {confirmLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
