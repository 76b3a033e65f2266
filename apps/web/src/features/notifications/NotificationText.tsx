import { Text } from '@mantine/core';
import type { LocalizedText, Notification } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { isolate, useFormat } from '../../i18n/format';

/** One notification as a sentence in the UI language, with the reviewer's comment when there is one. */
export function NotificationText({ notification }: { notification: Notification }) {
  const { t } = useTranslation();
  const f = useFormat();
  const p = notification.payload;
  const str = (key: string) =>
    typeof p[key] === 'string' || typeof p[key] === 'number' ? String(p[key]) : '';
  const rec = str('recommendationKey');
  const vars = {
    rec: isolate(rec),
    round: isolate(f.text(p.roundTitle as LocalizedText | undefined)),
    deadline: f.date(str('deadline')),
    items: str('items') ? f.number(Number(str('items'))) : '',
    count: str('count') ? f.number(Number(str('count'))) : '',
    subject: rec ? isolate(rec) : t('notifications.aMeasure'),
  };
  const comment = str('comment');
  return (
    <>
      <Text size="sm" fw={notification.readAt ? 400 : 600}>
        {t(`notifications.kinds.${notification.kind}`, vars)}
      </Text>
      {comment ? (
        <Text size="sm" c="dimmed" dir="auto">
          {t('notifications.comment', { comment })}
        </Text>
      ) : null}
    </>
  );
}
