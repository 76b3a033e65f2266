import { Badge, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { type DictionaryEntry, isUiLocale } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../app/BackLink';
import { ListTable } from '../../app/ListTable';
import { PageTitle } from '../../app/PageTitle';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { useDataDictionary } from './api';
import { PortalMeta } from './PortalMeta';
import './portal.css';

/**
 * Every column of the CSV/XLSX files and every field of the exchange JSON, as the server generates
 * them from the exports' own definitions, in the UI language.
 */
export function DictionaryPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const dictionary = useDataDictionary(isUiLocale(f.locale) ? f.locale : 'en');
  // Two columns only, so the meaning keeps a readable width on a phone.
  const columns = [t('portal.dictionary.name'), t('portal.dictionary.meaning')];

  return (
    <Stack gap="lg">
      <PageTitle title={t('portal.dictionary.title')} />
      <PortalMeta description={t('portal.dictionary.intro')} />
      <BackLink to="/open-data" label={t('portal.dictionary.back')} />
      <Stack gap="xs" maw={760}>
        <Title order={1}>{t('portal.dictionary.title')}</Title>
        <Text>{t('portal.dictionary.intro')}</Text>
      </Stack>
      <TitledSection title={t('portal.dictionary.tabular')} gap="xs">
        <Text size="sm" mb="xs">
          {t('portal.dictionary.tabularNote')}
        </Text>
        <ListTable
          query={dictionary}
          items={dictionary.data?.tabular}
          label={t('portal.dictionary.tabular')}
          columns={columns}
          minWidth={0}
          empty={t('portal.dictionary.empty')}
        >
          {(entry) => <EntryRow key={entry.field} entry={entry} asCode={false} />}
        </ListTable>
      </TitledSection>
      <TitledSection title={t('portal.dictionary.exchange')} gap="xs">
        <Text size="sm" mb="xs">
          {t('portal.dictionary.exchangeNote')}
        </Text>
        <ListTable
          query={dictionary}
          items={dictionary.data?.exchange}
          label={t('portal.dictionary.exchange')}
          columns={columns}
          minWidth={0}
          empty={t('portal.dictionary.empty')}
        >
          {(entry) => <EntryRow key={entry.field} entry={entry} asCode />}
        </ListTable>
      </TitledSection>
    </Stack>
  );
}

function EntryRow({ entry, asCode }: { entry: DictionaryEntry; asCode: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td className="portal-dictionary-name">
        {asCode ? (
          <Code className="ltr-value">{entry.name}</Code>
        ) : (
          <Text size="sm" fw={600} dir="auto">
            {entry.name}
          </Text>
        )}
        <Text size="xs" c="dimmed" mt={4}>
          {t('portal.dictionary.typeIs', { type: entry.type })}
        </Text>
        {entry.required ? (
          <Badge size="xs" variant="outline" color="gray" c="gray.8" tt="none" mt={4}>
            {t('portal.dictionary.required')}
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{entry.description}</Text>
        {entry.values.length ? (
          <Group gap={4} mt={4}>
            <Text size="xs" c="dimmed">
              {t('portal.dictionary.values')}
            </Text>
            {entry.values.map((v) => (
              <Text key={v.code} size="xs" component="span">
                {v.code === v.label ? (
                  <Code>{v.code}</Code>
                ) : (
                  <>
                    <Code>{v.code}</Code> {v.label}
                  </>
                )}
              </Text>
            ))}
          </Group>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
