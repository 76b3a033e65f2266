import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { MAX_UPLOAD_BYTES } from '@tatabbu/domain';
import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** "2.4 MB", "120 kB" in the UI language. */
export function useSizeLabel() {
  const { t } = useTranslation();
  const f = useFormat();
  return (bytes: number) =>
    bytes >= 1024 * 1024
      ? t('imports.upload.megabytes', { n: f.number(Math.round((bytes / (1024 * 1024)) * 10) / 10) })
      : t('imports.upload.kilobytes', { n: f.number(Math.max(1, Math.round(bytes / 1024))) });
}

/** A drop zone that is also a plain, keyboard-reachable file input. */
export function FilePicker({
  file,
  onChange,
  disabled,
}: {
  file: File | null;
  onChange: (file: File | null) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const size = useSizeLabel();
  const id = useId();
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped && !disabled) onChange(dropped);
  };

  return (
    <Card
      withBorder
      padding="lg"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'var(--mantine-color-blue-6)' : undefined,
        background: over ? 'var(--mantine-color-blue-0)' : undefined,
      }}
    >
      <Stack align="center" gap="xs" ta="center">
        <IconFileUpload size={40} aria-hidden color="var(--mantine-color-blue-7)" />
        <Text fw={600}>{file ? t('imports.upload.chosen') : t('imports.upload.drop')}</Text>
        {file ? (
          <Text size="sm" dir="auto" data-testid="chosen-file">
            {file.name} · {size(file.size)}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('imports.upload.hint', { size: size(MAX_UPLOAD_BYTES) })}
        </Text>
        <Group>
          <Button variant="default" disabled={disabled} component="label" htmlFor={id}>
            {file ? t('imports.upload.change') : t('imports.upload.choose')}
          </Button>
        </Group>
        <input
          id={id}
          type="file"
          aria-label={t('imports.upload.choose')}
          accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,text/plain,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="visually-hidden"
          disabled={disabled}
          onChange={(e) => {
            onChange(e.currentTarget.files?.[0] ?? null);
            e.currentTarget.value = '';
          }}
        />
      </Stack>
    </Card>
  );
}
