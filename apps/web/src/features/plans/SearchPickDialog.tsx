import { Modal, type ModalProps, Stack, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../app/DialogActions';
import { FormError } from './FormError';

/** The frame of the linking dialogs: a search box, what it found (`children`) to choose from, Cancel and confirm. */
export function SearchPickDialog({
  title,
  size,
  onClose,
  error,
  searchLabel,
  searchHint,
  search,
  onSearch,
  confirmLabel,
  canConfirm,
  confirming,
  onConfirm,
  children,
}: {
  title: string;
  size: ModalProps['size'];
  onClose: () => void;
  error: unknown;
  searchLabel: string;
  searchHint?: string;
  search: string;
  onSearch: (text: string) => void;
  confirmLabel: string;
  canConfirm: boolean;
  confirming: boolean;
  onConfirm: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      size={size}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <FormError error={error} />
        <TextInput
          label={searchLabel}
          description={searchHint}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => onSearch(e.currentTarget.value)}
          dir="auto"
          data-autofocus
        />
        {children}
        <DialogActions
          onCancel={onClose}
          confirmLabel={confirmLabel}
          onConfirm={onConfirm}
          disabled={!canConfirm}
          busy={confirming}
        />
      </Stack>
    </Modal>
  );
}
