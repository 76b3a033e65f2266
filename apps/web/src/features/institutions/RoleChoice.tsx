import { SegmentedControl } from '@mantine/core';
import type { AssignmentRole } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';

/** Lead or contributing: the role an assignment gives an institution. */
export function RoleChoice({
  value,
  onChange,
  size,
}: {
  value: AssignmentRole;
  onChange: (role: AssignmentRole) => void;
  size?: 'xs';
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      value={value}
      onChange={(v) => onChange(v as AssignmentRole)}
      data={(['lead', 'contributing'] as const).map((r) => ({
        value: r,
        label: t(`institutions.role.${r}`),
      }))}
      aria-label={t('institutions.assignments.role')}
    />
  );
}
