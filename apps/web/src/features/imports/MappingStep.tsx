import {
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import {
  type ColumnMapping,
  type ImportInspection,
  MAPPABLE_FIELDS,
  type MappableField,
} from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/ErrorState';
import { notify } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { useSavedMappings, useSaveMapping } from './api';

/** Locale key of a record field ("text.fr" → imports.mapping.fields.text_fr); a missing key does not compile. */
type Slug<S extends string> = S extends `${infer A}.${infer B}` ? `${A}_${B}` : S;
const fieldLabelKey = (field: MappableField) =>
  `imports.mapping.fields.${field.replace('.', '_') as Slug<MappableField>}` as const;

/**
 * Column mapping of "any spreadsheet": one select per record field, pre-filled with the mapping
 * guessed from the headers; a saved mapping can be loaded, and this one saved under a name.
 */
export function MappingStep({
  inspection,
  mapping,
  onChange,
}: {
  inspection: ImportInspection;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const saved = useSavedMappings();
  const save = useSaveMapping();
  const [name, setName] = useState('');
  const headerOptions = [
    { value: '', label: t('imports.mapping.none') },
    ...inspection.headers.filter(Boolean).map((h) => ({ value: h, label: h })),
  ];

  const setColumn = (field: MappableField, header: string) => {
    const columns = { ...mapping.columns };
    if (header) columns[field] = header;
    else delete columns[field];
    onChange({ ...mapping, columns });
  };

  return (
    <Card withBorder component="section" aria-labelledby="mapping-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="mapping-title">
            {t('imports.mapping.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('imports.mapping.intro')}
          </Text>
        </div>

        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('imports.mapping.load')}
            data={[
              { value: '', label: t('imports.mapping.choose') },
              ...(saved.data ?? []).map((m) => ({ value: m.id, label: m.name })),
            ]}
            value=""
            onChange={(e) => {
              const found = saved.data?.find((m) => m.id === e.currentTarget.value);
              if (found) onChange(found.mapping);
            }}
            disabled={!saved.data?.length}
            style={{ flex: 1, minWidth: 200 }}
          />
        </Group>

        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {MAPPABLE_FIELDS.map((field) => (
            <NativeSelect
              key={field}
              label={t(fieldLabelKey(field))}
              data={headerOptions}
              value={mapping.columns[field] ?? ''}
              onChange={(e) => setColumn(field, e.currentTarget.value)}
              data-field={field}
            />
          ))}
          <TextInput
            label={t('imports.mapping.defaultMechanism')}
            value={mapping.defaultMechanism ?? ''}
            maxLength={40}
            onChange={(e) => onChange({ ...mapping, defaultMechanism: e.currentTarget.value || undefined })}
          />
          <TextInput
            label={t('imports.mapping.separator')}
            value={mapping.multiValueSeparator ?? ''}
            maxLength={3}
            onChange={(e) =>
              onChange({ ...mapping, multiValueSeparator: e.currentTarget.value || undefined })
            }
          />
        </SimpleGrid>

        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('imports.mapping.saveName')}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button
            variant="default"
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            disabled={!name.trim()}
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { name: name.trim(), mapping },
                { onSuccess: () => notify(t('imports.mapping.saved'), { color: 'green' }) },
              )
            }
          >
            {t('imports.mapping.save')}
          </Button>
        </Group>
        {save.isError ? <ErrorState error={save.error} /> : null}

        <div>
          <Title order={3} size="h4" mb="xs">
            {t('imports.mapping.sample', { n: f.number(inspection.rowCount) })}
          </Title>
          <Table.ScrollContainer minWidth={Math.max(480, inspection.headers.length * 140)}>
            <Table striped withTableBorder fz="xs" aria-label={t('imports.mapping.sampleCaption')}>
              <Table.Thead>
                <Table.Tr>
                  {inspection.headers.map((h, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; their position is their identity
                    <Table.Th key={i} scope="col" dir="auto">
                      {h}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {inspection.sample.map((cells, r) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no id
                  <Table.Tr key={r}>
                    {cells.map((c, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                      <Table.Td key={i} dir="auto" style={{ maxWidth: 260 }}>
                        <Text size="xs" lineClamp={3}>
                          {c}
                        </Text>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      </Stack>
    </Card>
  );
}
