import { Button, Group, Modal, type ModalProps, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './FormError';

/**
 * The frame every plan form shares: a modal with the fields, what went wrong (a required field left
 * empty, or the server's refusal with reload on a stale version), then Cancel and Save.
 */
export function FormDialog({
  title,
  size,
  onClose,
  onSubmit,
  saving,
  missing,
  error,
  onReload,
  children,
}: {
  title: string;
  size?: ModalProps['size'];
  onClose: () => void;
  /** Called on Save (the browser's own submission is prevented). */
  onSubmit: () => void;
  saving: boolean;
  /** A required field is empty: says so instead of sending. */
  missing: boolean;
  error: unknown;
  onReload?: (() => void) | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Modal
      opened
      size={size}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {children}
          <FormError problem={missing ? t('plans.form.required') : null} error={error} onReload={onReload} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
