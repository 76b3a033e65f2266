import { Anchor, Text } from '@mantine/core';
import type { Subject } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';

/** What an update is about: the recommendation's key (linked) or the measure's number, and its text. */
export function SubjectLabel({ subject, withText = true }: { subject: Subject; withText?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = f.text(subject.text);
  return (
    <div>
      {subject.kind === 'recommendation' ? (
        <Anchor component={Link} to={`/app/recommendations/${subject.id}`} className="ltr-value" fw={600}>
          {subject.label}
        </Anchor>
      ) : (
        <Text span fw={600}>
          {t('followup.measure', { number: subject.label })}
        </Text>
      )}
      {withText && text ? (
        <Text size="sm" c="dimmed" lineClamp={2} dir="auto">
          {text}
        </Text>
      ) : null}
    </div>
  );
}
