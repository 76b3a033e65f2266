import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import type { ImplementationStatus, Position, StatusOrigin } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';

/**
 * Badge colours are explicit pairs with at least 4.5:1 contrast (Mantine's light greens and
 * oranges are below it), so small badge text stays readable.
 */
const STATUS_COLORS: Record<ImplementationStatus, { bg: string; fg: string; dot: string }> = {
  not_started: { bg: '#f1f3f5', fg: '#343a40', dot: '#868e96' },
  in_progress: { bg: '#e7f0fb', fg: '#0b4f8a', dot: '#1971c2' },
  partially_implemented: { bg: '#fff4e0', fg: '#7a4300', dot: '#e8590c' },
  implemented: { bg: '#e6f4ea', fg: '#1e6b34', dot: '#2f9e44' },
  continuous: { bg: '#f0ebfb', fg: '#5a2ea6', dot: '#7950f2' },
  not_applicable: { bg: '#f8f9fa', fg: '#495057', dot: '#adb5bd' },
};

const dot = (color: string) => (
  <span
    aria-hidden
    style={{ display: 'inline-block', inlineSize: 8, blockSize: 8, borderRadius: '50%', background: color }}
  />
);

export function StatusBadge({ status }: { status: ImplementationStatus | null }) {
  const { t } = useTranslation();
  if (!status) {
    return (
      <Badge variant="outline" color="gray" tt="none" c="gray.8">
        {t('status.none')}
      </Badge>
    );
  }
  const c = STATUS_COLORS[status];
  return (
    <Badge variant="light" tt="none" bg={c.bg} c={c.fg} leftSection={dot(c.dot)} radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

export function PositionBadge({ position }: { position: Position | null }) {
  const { t } = useTranslation();
  if (!position) return null;
  return (
    <Badge
      variant="outline"
      tt="none"
      color={position === 'supported' ? 'blue' : 'gray'}
      c={position === 'supported' ? 'blue.9' : 'gray.8'}
      radius="sm"
    >
      {t(`position.${position}`)}
    </Badge>
  );
}

export function MechanismBadge({ code, name }: { code: string; name?: string }) {
  const badge = (
    <Badge variant="light" color="indigo" radius="sm" className="ltr-value">
      {code}
    </Badge>
  );
  return name && name !== code ? (
    <Tooltip label={name} withArrow multiline maw={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

/** Required wherever a status from the illustrative Morocco demo file is shown (DESIGN §6). */
export function DemoMarker({ origin }: { origin: StatusOrigin | null }) {
  const { t } = useTranslation();
  if (origin !== 'demo') return null;
  return (
    <Tooltip
      label={t('demo.explanation')}
      withArrow
      multiline
      maw={320}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Badge
        component="span"
        tabIndex={0}
        variant="outline"
        tt="none"
        radius="sm"
        bg="#fff8db"
        c="#5c4400"
        style={{ borderColor: '#b08800', borderStyle: 'dashed' }}
        leftSection={<IconFlask size={12} aria-hidden />}
      >
        {t('demo.marker')}
        <VisuallyHidden component="span"> — {t('demo.explanation')}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
