import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useInstitutionList } from './api';
import { institutionLabel } from './labels';

/** A searchable choice among the active institutions (deactivated ones take no new work). */
export function InstitutionPicker({
  label,
  value,
  onChange,
  exclude = [],
  disabled,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  exclude?: readonly string[];
  disabled?: boolean;
  error?: string | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useInstitutionList({ active: 'true' });
  const data = useMemo(
    () =>
      (list.data ?? [])
        .filter((i) => !exclude.includes(i.id))
        .map((i) => ({ value: i.id, label: institutionLabel(f, i) }))
        .sort((a, b) => a.label.localeCompare(b.label, f.locale)),
    [list.data, exclude, f],
  );
  return (
    <Select
      label={label}
      placeholder={t('institutions.picker.placeholder')}
      nothingFoundMessage={t('institutions.picker.nothing')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      disabled={disabled || list.isPending}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
