import { Anchor, Badge, Card, Group, List, Stack, Text, Timeline } from '@mantine/core';
import { dirOf, type FollowUpTimeline, type ProgressUpdate } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TitledSection } from '../../app/TitledSection';
import { isolate, useFormat } from '../../i18n/format';
import { StatusBadge } from '../recommendations/badges';
import { useRecommendationHistory } from '../recommendations/tagging-api';
import { UpdateStatusBadge } from './badges';
import { WORKING_LANGS, type WorkingLang } from './working-langs';

/**
 * The follow-up of one recommendation, on its page: what institutions reported (the public sees
 * published updates only), and the timeline of steps and official status changes.
 */
export function RecommendationFollowUp({ id, basePath }: { id: string; basePath: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const history = useRecommendationHistory(id, f.locale);
  const followUp = history.data?.followUp;
  if (!followUp) return null;
  const workspace = basePath.startsWith('/app');
  const empty = followUp.updates.length === 0 && followUp.statusChanges.length === 0;
  return (
    <TitledSection title={t('followup.recommendation.title')} card="md" gap="xs">
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('followup.recommendation.none')}
        </Text>
      ) : (
        <Stack gap="md">
          {followUp.updates.map((u) => (
            <UpdateCard key={u.id} update={u} workspace={workspace} />
          ))}
          <FollowUpEvents followUp={followUp} />
        </Stack>
      )}
    </TitledSection>
  );
}

/** The narrative in the reader's language when written in it, else the original, saying which. */
function narrativeFor(
  u: ProgressUpdate,
  locale: string,
): { text: string; lang: WorkingLang; original: boolean } | null {
  const own = WORKING_LANGS.find((l) => l === locale);
  const lang =
    own && u.narrative[own]
      ? own
      : (WORKING_LANGS.find((l) => l === u.originalLang && u.narrative[l]) ??
        WORKING_LANGS.find((l) => u.narrative[l]));
  return lang ? { text: u.narrative[lang] ?? '', lang, original: lang === u.originalLang } : null;
}

function UpdateCard({ update: u, workspace }: { update: ProgressUpdate; workspace: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const narrative = narrativeFor(u, f.locale);
  return (
    <Card withBorder padding="sm">
      <Group gap="xs" justify="space-between">
        <Text fw={600} dir="auto">
          {f.text(u.institution.name) || u.institution.code}
        </Text>
        <Group gap="xs">
          {u.status !== 'published' ? <UpdateStatusBadge status={u.status} /> : null}
          {u.proposedStatus ? <StatusBadge status={u.proposedStatus} /> : null}
          {u.progress !== null ? (
            <Badge variant="outline" tt="none" color="gray">
              {t('followup.recommendation.progress', { n: f.number(u.progress) })}
            </Badge>
          ) : null}
        </Group>
      </Group>
      <Text size="xs" c="dimmed" dir="auto">
        {f.text(u.round.title)}
        {u.periodStart || u.periodEnd
          ? ` · ${t('followup.recommendation.period', { from: isolate(f.date(u.periodStart)), to: isolate(f.date(u.periodEnd)) })}`
          : ''}
        {u.publishedAt
          ? ` · ${t('followup.recommendation.publishedOn', { date: isolate(f.date(u.publishedAt)) })}`
          : ''}
      </Text>
      {narrative ? (
        <>
          <Text
            mt="xs"
            size="sm"
            lang={narrative.lang}
            dir={dirOf(narrative.lang)}
            style={{ whiteSpace: 'pre-wrap' }}
          >
            {narrative.text}
          </Text>
          <Text size="xs" c="dimmed">
            {narrative.original
              ? t('followup.recommendation.original', { lang: t(`languages.${narrative.lang}`) })
              : t('followup.recommendation.translation', { lang: t(`languages.${narrative.lang}`) })}
          </Text>
        </>
      ) : null}
      {u.links.length ? (
        <List size="sm" mt="xs">
          {u.links.map((l) => (
            <List.Item key={l.url}>
              <Anchor href={l.url} target="_blank" rel="noopener noreferrer" dir="auto">
                {l.label || l.url}
              </Anchor>
            </List.Item>
          ))}
        </List>
      ) : null}
      {workspace ? (
        <Anchor component={Link} to={`/app/updates/${u.id}`} size="sm" mt="xs" display="inline-block">
          {t('followup.recommendation.openUpdate')}
        </Anchor>
      ) : null}
    </Card>
  );
}

/** Steps of the updates and status changes, newest first, as one timeline. */
function FollowUpEvents({ followUp }: { followUp: FollowUpTimeline }) {
  const { t } = useTranslation();
  const f = useFormat();
  const events = [
    ...followUp.steps.map((s) => ({
      at: s.at,
      // Steps sort after the status change of the same instant (the validation that caused it).
      rank: 0,
      key: `s-${s.updateId}-${s.version}`,
      title: t('followup.recommendation.step', {
        institution: isolate(f.text(s.institution.name) || s.institution.code),
        step: t(`followup.steps.${s.action}`),
      }),
      detail: s.comment,
      who: s.actorName,
    })),
    ...followUp.statusChanges.map((c, i) => ({
      at: c.at,
      rank: 1,
      key: `c-${i}`,
      title:
        c.fromStatus === c.toStatus
          ? t('followup.recommendation.statusConfirmed', { to: t(`status.${c.toStatus}`) })
          : c.fromStatus
            ? t('followup.recommendation.statusChanged', {
                from: t(`status.${c.fromStatus}`),
                to: t(`status.${c.toStatus}`),
              })
            : t('followup.recommendation.statusSet', { to: t(`status.${c.toStatus}`) }),
      detail: null,
      who: c.actorName,
    })),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.rank - a.rank));
  if (events.length === 0) return null;
  return (
    <div>
      <Text fw={600} size="sm" mb="xs">
        {t('followup.recommendation.timeline')}
      </Text>
      <Timeline bulletSize={12} lineWidth={2}>
        {events.map((e) => (
          <Timeline.Item key={e.key} title={<Text size="sm">{e.title}</Text>}>
            <Text size="xs" c="dimmed">
              {f.dateTime(e.at)}
              {e.who ? ` · ${isolate(e.who)}` : ''}
            </Text>
            {e.detail ? (
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {e.detail}
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </div>
  );
}
