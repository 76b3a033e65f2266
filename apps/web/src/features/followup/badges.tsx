import { Badge } from '@mantine/core';
import type { RoundStatus, UpdateStatus } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';

/** Tint and text colour: Mantine's light orange, teal and green text is under 4.5:1 contrast. */
const UPDATE_COLORS: Record<UpdateStatus, { color: string; fg: string }> = {
  draft: { color: 'gray', fg: 'gray.8' },
  submitted: { color: 'blue', fg: 'blue.9' },
  returned: { color: 'orange', fg: '#7a4300' },
  validated: { color: 'teal', fg: '#0a5c45' },
  published: { color: 'green', fg: '#1e6b34' },
};

/** Where an update is in its workflow; "not started" when the institution has not begun one. */
export function UpdateStatusBadge({ status }: { status: UpdateStatus | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      tt="none"
      radius="sm"
      color={status ? UPDATE_COLORS[status].color : 'gray'}
      c={status ? UPDATE_COLORS[status].fg : 'gray.8'}
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
