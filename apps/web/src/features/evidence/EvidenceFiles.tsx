import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Modal,
  Progress,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import { IconDownload, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { type Attachment, type AttachmentOwner, can } from '@tatabbu/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useMe } from '../../api/hooks';
import { EmptyTableRow } from '../../app/EmptyTableRow';
import { TitledSection } from '../../app/TitledSection';
import { isolate, useFormat } from '../../i18n/format';
import { actorOf } from '../users/roles';
import { contentUrl, useEvidence, useRemoveEvidence, useUploadEvidence } from './api';
import { formatSize, typeKey } from './labels';

export interface EvidenceFilesProps {
  ownerType: AttachmentOwner;
  ownerId: string;
  /** Offer upload and removal (the server still decides: the update must be a draft or returned). */
  editable: boolean;
}

/** What the server says went wrong, in the user's language, with the size limit where it matters. */
function useUploadErrorText() {
  const { t } = useTranslation();
  const f = useFormat();
  return (error: unknown, maxBytes: number): string => {
    if (isApiError(error, 'file_too_large'))
      return t('evidence.errors.tooLarge', { size: isolate(formatSize(maxBytes, f)) });
    if (isApiError(error, 'file_type_refused')) return t('evidence.errors.refused');
    if (isApiError(error, 'file_empty')) return t('evidence.errors.empty');
    return error instanceof Error ? error.message : t('evidence.errors.failed');
  };
}

/** The evidence files of a progress update or a measure: list, download, add (with progress), remove. */
export function EvidenceFiles({ ownerType, ownerId, editable }: EvidenceFilesProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe().data;
  // Removed files stay reachable to those who read the audit trail.
  const mayShowRemoved = me ? can(actorOf(me), 'audit.read') : false;
  const [showRemoved, setShowRemoved] = useState(false);
  const list = useEvidence(ownerType, ownerId, mayShowRemoved && showRemoved);
  const upload = useUploadEvidence(ownerType, ownerId);
  const remove = useRemoveEvidence(ownerType, ownerId);
  const errorText = useUploadErrorText();
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [toRemove, setToRemove] = useState<Attachment | null>(null);
  // Lets the same file be chosen again after a refusal.
  const resetPicker = useRef<() => void>(null);

  const maxBytes = list.data?.maxBytes ?? 0;
  const canEdit = editable && (list.data?.canEdit ?? false);

  const send = (file: File | null) => {
    resetPicker.current?.();
    if (!file) return;
    setProblem(null);
    // Said at once rather than after uploading megabytes the server will refuse.
    if (maxBytes && file.size > maxBytes) {
      setProblem(t('evidence.errors.tooLarge', { size: isolate(formatSize(maxBytes, f)) }));
      return;
    }
    setProgress({ name: file.name, fraction: 0 });
    upload.mutate(
      { file, onProgress: (fraction) => setProgress({ name: file.name, fraction }) },
      {
        onError: (error) => setProblem(errorText(error, maxBytes)),
        onSettled: () => setProgress(null),
      },
    );
  };

  const items = list.data?.items ?? [];
  return (
    <TitledSection title={t('evidence.title')}>
      <Stack gap="sm">
        {list.isError ? (
          <Alert color="red" role="alert">
            {t('evidence.errors.loadFailed')}
          </Alert>
        ) : null}
        {mayShowRemoved ? (
          <Switch
            size="sm"
            label={t('evidence.showRemoved')}
            checked={showRemoved}
            onChange={(e) => setShowRemoved(e.currentTarget.checked)}
          />
        ) : null}
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" data-testid="evidence-files">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('evidence.columns.name')}</Table.Th>
                <Table.Th>{t('evidence.columns.type')}</Table.Th>
                <Table.Th>{t('evidence.columns.size')}</Table.Th>
                <Table.Th>{t('evidence.columns.added')}</Table.Th>
                {canEdit ? (
                  <Table.Th>
                    <span className="visually-hidden">{t('evidence.columns.actions')}</span>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.isSuccess && items.length === 0 ? (
                <EmptyTableRow columns={canEdit ? 5 : 4}>{t('evidence.empty')}</EmptyTableRow>
              ) : null}
              {items.map((file) => (
                <Table.Tr key={file.id} c={file.deletedAt ? 'dimmed' : undefined}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor href={contentUrl(file.id, file.deletedAt !== null)} download={file.fileName}>
                        <Group gap={6} wrap="nowrap">
                          <IconDownload size={16} aria-hidden />
                          <span dir="auto">{file.fileName}</span>
                        </Group>
                      </Anchor>
                      {file.deletedAt ? (
                        <Badge color="gray" variant="light" size="sm">
                          {t('evidence.removedBadge')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`evidence.types.${typeKey(file.mediaType)}`)}</Table.Td>
                  <Table.Td>{formatSize(file.size, f)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {file.createdBy ? <span dir="auto">{file.createdBy.name}</span> : null}
                      {file.createdBy ? ' · ' : null}
                      {f.dateTime(file.createdAt)}
                    </Text>
                    {file.deletedAt ? (
                      <Text size="xs" c="dimmed">
                        {t('evidence.removedBy', {
                          name: isolate(file.deletedBy?.name ?? ''),
                          date: isolate(f.dateTime(file.deletedAt)),
                        })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      {file.deletedAt ? null : (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          leftSection={<IconTrash size={14} aria-hidden />}
                          onClick={() => setToRemove(file)}
                          aria-label={t('evidence.removeNamed', { name: file.fileName })}
                        >
                          {t('evidence.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>

        {progress ? (
          <Stack gap={4}>
            <Text size="sm">{t('evidence.uploading', { name: isolate(progress.name) })}</Text>
            <Progress
              value={Math.round(progress.fraction * 100)}
              aria-label={t('evidence.uploading', { name: progress.name })}
              animated
            />
          </Stack>
        ) : null}
        {problem ? (
          <Alert color="red" role="alert" withCloseButton onClose={() => setProblem(null)}>
            {problem}
          </Alert>
        ) : null}
        {canEdit ? (
          <Group gap="sm">
            <FileButton
              resetRef={resetPicker}
              onChange={send}
              accept=".pdf,.png,.jpg,.jpeg,.webp,.gif,.docx,.xlsx,.pptx,.odt,.ods,.txt,.csv"
            >
              {(props) => (
                <Button
                  {...props}
                  variant="default"
                  leftSection={<IconPaperclip size={16} aria-hidden />}
                  loading={upload.isPending}
                >
                  {t('evidence.add')}
                </Button>
              )}
            </FileButton>
            {maxBytes ? (
              <Text size="xs" c="dimmed">
                {t('evidence.hint', { size: isolate(formatSize(maxBytes, f)) })}
              </Text>
            ) : null}
          </Group>
        ) : null}
      </Stack>

      <Modal
        opened={toRemove !== null}
        onClose={() => setToRemove(null)}
        title={t('evidence.removeTitle')}
        centered
      >
        <Stack>
          <Text size="sm">{t('evidence.removeConfirm', { name: isolate(toRemove?.fileName ?? '') })}</Text>
          {remove.isError ? (
            <Alert color="red" role="alert">
              {remove.error instanceof Error ? remove.error.message : t('evidence.errors.failed')}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setToRemove(null)}>
              {t('evidence.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => {
                if (!toRemove) return;
                remove.mutate(toRemove.id, { onSuccess: () => setToRemove(null) });
              }}
            >
              {t('evidence.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </TitledSection>
  );
}
