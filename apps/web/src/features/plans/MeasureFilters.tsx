import { Group, NativeSelect, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { IMPLEMENTATION_STATUSES } from '@tatabbu/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstitutions } from '../../api/hooks';
import { useFormat } from '../../i18n/format';

/**
 * How measures are narrowed (a plan's page, the list of every measure): a search, an implementation
 * status ('none' for not yet assessed) and a responsible institution. `afterSearch` adds a filter
 * after the search; `children` come last (e.g. how many are shown).
 */
export function MeasureFilters({
  q,
  onQ,
  status,
  onStatus,
  institution,
  onInstitution,
  width,
  afterSearch,
  children,
}: {
  q: string;
  onQ: (text: string) => void;
  status: string;
  onStatus: (status: string) => void;
  institution: string | null;
  onInstitution: (id: string | null) => void;
  /** Of the search box and the institution picker. */
  width: number;
  afterSearch?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const institutions = useInstitutions();
  return (
    <Group gap="sm" align="flex-end">
      <TextInput
        label={t('plans.measure.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(e) => onQ(e.currentTarget.value)}
        dir="auto"
        w={width}
      />
      {afterSearch}
      <NativeSelect
        label={t('plans.measure.status')}
        value={status}
        onChange={(e) => onStatus(e.currentTarget.value)}
        data={[
          { value: '', label: t('plans.measure.anyStatus') },
          ...IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          { value: 'none', label: t('status.none') },
        ]}
      />
      <Select
        label={t('plans.measure.institution')}
        placeholder={t('plans.measure.anyInstitution')}
        data={(institutions.data ?? []).map((i) => ({ value: i.id, label: f.text(i.name) || i.code }))}
        value={institution}
        onChange={onInstitution}
        searchable
        clearable
        w={width}
      />
      {children}
    </Group>
  );
}
