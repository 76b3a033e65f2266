import { Modal, type ModalProps, Stack } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../app/DialogActions';
import { notify } from '../../app/notify';
import { FormError } from './FormError';

/**
 * The frame every plan form shares: a modal with the fields, what went wrong (a required field left
 * empty, or the server's refusal with reload on a stale version), then Cancel and Save. A complete
 * form is sent by `onSubmit`, which calls `done` once saved: the dialog then says so and closes.
 */
export function FormDialog({
  title,
  size,
  onClose,
  complete,
  onSubmit,
  mutation,
  onReload,
  children,
}: {
  title: string;
  size?: ModalProps['size'];
  onClose: () => void;
  /** Every required field is filled in; otherwise Save says so instead of sending. */
  complete: boolean;
  onSubmit: (done: () => void) => void;
  /** The save in flight and its error. */
  mutation: { isPending: boolean; error: unknown };
  onReload?: (() => void) | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [missing, setMissing] = useState(false);
  const done = () => {
    notify(t('plans.form.saved'), { color: 'teal' });
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!complete);
    if (complete) onSubmit(done);
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
          <FormError
            problem={missing ? t('plans.form.required') : null}
            error={mutation.error}
            onReload={onReload}
          />
          <DialogActions onCancel={onClose} mt="sm" busy={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
