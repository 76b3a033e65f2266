import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import {
  type ColumnMapping,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportInspection,
  MAX_UPLOAD_BYTES,
} from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../app/ErrorState';
import { PageTitle } from '../../app/PageTitle';
import { useFormat } from '../../i18n/format';
import { inspectFile, uploadImport } from './api';
import { BackToImports } from './BackToImports';
import { FilePicker, useSizeLabel } from './FilePicker';
import { MappingStep } from './MappingStep';

const ENCODINGS = ['utf-8', 'windows-1256', 'windows-1252'] as const;
const needsMapping = (format: ImportFormat | '') => format === 'csv' || format === 'xlsx';
const hasText = (m: ColumnMapping) => Object.keys(m.columns).some((f) => f.startsWith('text.'));

/**
 * A new import: choose a file, check the detected format (and map the columns of a plain
 * spreadsheet), then upload it with a progress bar; the job page shows the preview.
 */
export function NewImportPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const size = useSizeLabel();
  const [file, setFile] = useState<File | null>(null);
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [inspecting, setInspecting] = useState(false);
  const [format, setFormat] = useState<ImportFormat | ''>('');
  const [encoding, setEncoding] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping>({ columns: {} });
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const inspect = async (chosen: File, withEncoding = encoding) => {
    setError(null);
    setInspection(null);
    setInspecting(true);
    try {
      const found = await inspectFile(chosen, withEncoding || undefined);
      setInspection(found);
      setFormat(found.detectedFormat ?? (found.headers.length > 0 ? 'csv' : ''));
      setMapping(found.suggestedMapping);
    } catch (e) {
      setError(e);
    } finally {
      setInspecting(false);
    }
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setFormat('');
    setUploaded(null);
    if (chosen) void inspect(chosen);
  };

  const submit = async () => {
    if (!file || !format) return;
    setError(null);
    setUploaded(0);
    try {
      const job = await uploadImport(
        file,
        {
          format,
          encoding: encoding || undefined,
          mapping: needsMapping(format) ? mapping : undefined,
          dryRun: true,
        },
        setUploaded,
      );
      navigate(`/app/imports/${job.id}`);
    } catch (e) {
      setError(e);
      setUploaded(null);
    }
  };

  const uploading = uploaded !== null;
  const tooLarge = file !== null && file.size > MAX_UPLOAD_BYTES;
  const mappingMissing = needsMapping(format) && !hasText(mapping);

  return (
    <Stack gap="md" maw={1100}>
      <PageTitle title={t('imports.new')} />
      <BackToImports />
      <Title order={1}>{t('imports.new')}</Title>

      <FilePicker file={file} onChange={choose} disabled={uploading} />
      {tooLarge ? (
        <Alert color="red" role="alert">
          {t('imports.upload.tooLarge', { size: size(MAX_UPLOAD_BYTES) })}
        </Alert>
      ) : null}
      {inspecting ? (
        <Group gap="xs" aria-live="polite">
          <Loader size="sm" />
          <Text size="sm">{t('imports.upload.inspecting')}</Text>
        </Group>
      ) : null}

      {file && !inspecting && !tooLarge ? (
        <Card withBorder>
          <Stack gap="sm">
            <Text size="sm" aria-live="polite">
              {inspection?.detectedFormat
                ? t('imports.upload.detected', { format: t(`imports.formats.${inspection.detectedFormat}`) })
                : t('imports.upload.notDetected')}
            </Text>
            <Group gap="sm" align="flex-end">
              <NativeSelect
                label={t('imports.fields.format')}
                value={format}
                onChange={(e) => setFormat(e.currentTarget.value as ImportFormat | '')}
                data={[
                  { value: '', label: t('imports.upload.chooseFormat') },
                  ...IMPORT_FORMATS.map((v) => ({ value: v, label: t(`imports.formats.${v}`) })),
                ]}
                disabled={uploading}
                style={{ minWidth: 240 }}
              />
              <NativeSelect
                label={t('imports.upload.encoding')}
                value={encoding}
                onChange={(e) => {
                  setEncoding(e.currentTarget.value);
                  void inspect(file, e.currentTarget.value);
                }}
                data={[
                  { value: '', label: t('imports.upload.encodingAuto') },
                  ...ENCODINGS.map((v) => ({ value: v, label: v.toUpperCase() })),
                ]}
                disabled={uploading}
              />
            </Group>
          </Stack>
        </Card>
      ) : null}

      {inspection && needsMapping(format) && inspection.headers.length > 0 ? (
        <MappingStep inspection={inspection} mapping={mapping} onChange={setMapping} />
      ) : null}

      {error ? <ErrorState error={error} /> : null}

      {uploading ? (
        <Stack gap={4}>
          <Text size="sm" id="upload-label">
            {t('imports.upload.uploading', { percent: f.number(Math.round(uploaded * 100)) })}
          </Text>
          <Progress value={uploaded * 100} aria-labelledby="upload-label" size="lg" animated striped />
        </Stack>
      ) : null}

      <Group>
        <Button
          leftSection={<IconUpload size={18} aria-hidden />}
          onClick={() => void submit()}
          disabled={!file || !format || tooLarge || mappingMissing || inspecting}
          loading={uploading}
        >
          {t('imports.upload.submit')}
        </Button>
        {mappingMissing ? (
          <Text size="sm" c="red.8">
            {t('imports.mapping.needText')}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
