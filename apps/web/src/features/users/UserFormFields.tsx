import { Select } from '@mantine/core';
import type { Institution, Role } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { needsInstitution } from './roles';

export function RoleSelect({
  roles,
  value,
  onChange,
  error,
}: {
  roles: Role[];
  value: Role | null;
  onChange: (role: Role | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('users.fields.role')}
      required
      data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      value={value}
      onChange={(v) => onChange((v as Role | null) ?? null)}
      allowDeselect={false}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function InstitutionSelect({
  role,
  institutions,
  value,
  onChange,
  fixed,
  error,
}: {
  role: Role | null;
  institutions: Institution[];
  value: string | null;
  onChange: (id: string | null) => void;
  fixed: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!needsInstitution(role)) return null;
  const data = institutions
    .filter((i) => i.active || i.id === value)
    .map((i) => {
      const name = f.text(i.name) || i.code;
      const acronym = f.text(i.acronym);
      return { value: i.id, label: acronym && acronym !== name ? `${name} (${acronym})` : name };
    })
    .sort((a, b) => a.label.localeCompare(b.label, f.locale));
  return (
    <Select
      label={t('users.fields.institution')}
      description={t('users.institutionRequired')}
      required
      searchable
      disabled={fixed}
      nothingFoundMessage={t('users.noInstitution')}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
