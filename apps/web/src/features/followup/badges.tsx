import { Badge } from '@mantine/core';
import type { RoundStatus, UpdateStatus } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';

const UPDATE_COLORS: Record<UpdateStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  validated: 'teal',
  published: 'green',
};

/** Where an update is in its workflow; "not started" when the institution has not begun one. */
export function UpdateStatusBadge({ status }: { status: UpdateStatus | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      tt="none"
      radius="sm"
      color={status ? UPDATE_COLORS[status] : 'gray'}
      c={status ? undefined : 'gray.8'}
    >
      {status ? t(`followup.updateStatus.${status}`) : t('followup.updateStatus.none')}
    </Badge>
  );
}

const ROUND_COLORS: Record<RoundStatus, string> = { draft: 'gray', open: 'blue', closed: 'dark' };

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" tt="none" radius="sm" color={ROUND_COLORS[status]}>
      {t(`followup.roundStatus.${status}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" tt="none" radius="sm" color="red.8">
      {t('followup.overdue')}
    </Badge>
  );
}
