import { Anchor, Badge, Group, List, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { dirOf, type RecurrenceEntry, type TermRef, type TimelineEvent } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { formatList, historySentence } from './history-sentence';
import { termLabel } from './TermMultiSelect';
import { useCanReadAudit, useRecommendationHistory } from './tagging-api';

/**
 * "History" of a recommendation: when it was first made and repeated (its recurrence chain, each
 * version linked) and, for staff, the changes the audit trail recorded.
 */
export function RecurrenceHistory({ id, basePath }: { id: string; basePath: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const history = useRecommendationHistory(id, f.locale);
  const staff = useCanReadAudit();

  if (history.isPending) {
    return (
      <TitledSection title={t('tagging.history.title')} card="md" gap="xs">
        <Skeleton height={16} width="60%" mb="xs" />
        <Skeleton height={48} />
      </TitledSection>
    );
  }
  if (history.isError) {
    return (
      <TitledSection title={t('tagging.history.title')} card="md" gap="xs">
        <Text size="sm" c="dimmed">
          {t('tagging.history.loadError')}
        </Text>
      </TitledSection>
    );
  }
  const { chain, events } = history.data;
  const sentence = historySentence(chain, t, f);
  return (
    <TitledSection title={t('tagging.history.title')} card="md" gap="xs">
      <Stack gap="md">
        {sentence ? <Text fw={600}>{sentence}</Text> : null}
        <div>
          <Title order={3} size="h5" mb="xs">
            {t('tagging.history.chainTitle')}
          </Title>
          {chain.length > 1 ? (
            <Timeline bulletSize={14} lineWidth={2} active={chain.findIndex((e) => e.current)}>
              {chain.map((entry) => (
                <Timeline.Item key={entry.id} title={<ChainTitle entry={entry} basePath={basePath} />}>
                  <ChainDetails entry={entry} />
                </Timeline.Item>
              ))}
            </Timeline>
          ) : (
            <Text size="sm" c="dimmed">
              {t('tagging.history.noRecurrence')}
            </Text>
          )}
        </div>
        {staff ? <EventList events={events} /> : null}
      </Stack>
    </TitledSection>
  );
}

function ChainTitle({ entry, basePath }: { entry: RecurrenceEntry; basePath: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Group gap="xs" wrap="wrap">
      <Badge size="sm" variant="light" tt="none">
        {entry.mechanism.code}
      </Badge>
      {entry.current ? (
        <Text span fw={700} className="ltr-value" aria-current="page">
          {entry.key}
        </Text>
      ) : (
        <Anchor component={Link} to={`${basePath}/${entry.id}`} className="ltr-value" fw={600}>
          {entry.key}
        </Anchor>
      )}
      {entry.current ? (
        <Text span size="xs" c="dimmed">
          ({t('tagging.history.current')})
        </Text>
      ) : null}
      {entry.date ? (
        <Text span size="sm" c="dimmed">
          {f.date(entry.date)}
        </Text>
      ) : null}
    </Group>
  );
}

function ChainDetails({ entry }: { entry: RecurrenceEntry }) {
  const { t } = useTranslation();
  const f = useFormat();
  const states = entry.recommendingStates.map((s) => f.text(s.name) || s.iso2);
  const source = [f.text(entry.source.title), entry.source.symbol].filter(Boolean).join(' · ');
  const percent = new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Stack gap={2}>
      {source || states.length ? (
        <Text size="xs" c="dimmed" dir="auto">
          {[source, states.length ? formatList(f.locale, states) : ''].filter(Boolean).join(' — ')}
        </Text>
      ) : null}
      {entry.excerpt ? (
        <Text
          size="sm"
          lang={entry.excerptLang ?? undefined}
          dir={entry.excerptLang ? dirOf(entry.excerptLang) : 'auto'}
        >
          {entry.excerpt}
        </Text>
      ) : null}
      {entry.similarity !== null ? (
        <Text size="xs" c="dimmed">
          {t('tagging.history.similarity', { value: percent.format(entry.similarity) })}
        </Text>
      ) : null}
    </Stack>
  );
}

const KNOWN_ACTIONS = [
  'classify',
  'bulk_classify',
  'import',
  'create',
  'update',
  'assign',
  'bulk_assign',
  'role_change',
  'end',
  'status_from_update',
] as const;
/** Fields of the timeline that have a label; others (e.g. terms) are shown as they come. */
const KNOWN_FIELDS = ['position', 'status', 'lead', 'contributing'] as const;

function EventList({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={3} size="h5" mb="xs">
        {t('tagging.history.timelineTitle')}
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tagging.history.noEvents')}
        </Text>
      ) : (
        <List spacing="sm" size="sm">
          {events.map((event) => (
            <List.Item key={event.seq}>
              <EventLine event={event} />
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

function EventLine({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const f = useFormat();
  // The import that created the record is summarised by its commit event.
  const verb =
    event.action === 'import.commit' ? 'import' : event.action.replace(/^(recommendation|assignment)\./, '');
  const title = (KNOWN_ACTIONS as readonly string[]).includes(verb)
    ? t(`tagging.events.${verb as (typeof KNOWN_ACTIONS)[number]}`)
    : t('tagging.events.other', { action: event.action });
  const value = (field: string, v: string | null) => {
    if (v === null) return t('tagging.none');
    if (field === 'position') return t(`position.${v}` as 'position.noted', { defaultValue: v });
    if (field === 'status') return t(`status.${v}` as 'status.implemented', { defaultValue: v });
    return v;
  };
  const fieldName = (field: string) =>
    (KNOWN_FIELDS as readonly string[]).includes(field)
      ? t(`tagging.fields.${field as (typeof KNOWN_FIELDS)[number]}`)
      : field;
  const terms = (list: TermRef[]) => list.map((term) => termLabel(term, f)).join(' · ');
  return (
    <Stack gap={2}>
      <Text size="sm">
        <Text span fw={600}>
          {title}
        </Text>{' '}
        <Text span c="dimmed" size="xs">
          {f.dateTime(event.at)} —{' '}
          {t('tagging.history.by', { name: event.actorName ?? t('tagging.history.system') })}
        </Text>
      </Text>
      {event.changes.map((c) => (
        <Text key={c.field} size="xs" dir="auto">
          {t('tagging.change', {
            field: fieldName(c.field),
            from: value(c.field, c.from),
            to: value(c.field, c.to),
          })}
        </Text>
      ))}
      {event.termsAdded.length ? (
        <Text size="xs" dir="auto">
          {t('tagging.added')} {terms(event.termsAdded)}
        </Text>
      ) : null}
      {event.termsRemoved.length ? (
        <Text size="xs" dir="auto">
          {t('tagging.removed')} {terms(event.termsRemoved)}
        </Text>
      ) : null}
    </Stack>
  );
}
