import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { dirOf, pickText, type RecommendationSummary } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';
import { DemoMarker, MechanismBadge, PositionBadge, StatusBadge } from './badges';

const STATES_SHOWN = 4;

export function RecommendationItem({
  item,
  basePath,
  listSearch,
}: {
  item: RecommendationSummary;
  basePath: string;
  listSearch: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const picked = pickText(item.text, f.locale);
  const lead = item.institutions.find((i) => i.role === 'lead') ?? null;
  const states = item.recommendingStates.map((s) => f.text(s.name) || s.iso2);
  const headingId = `rec-${item.id}`;

  return (
    <Card component="article" withBorder padding="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Group gap="xs" wrap="nowrap" align="center">
            <MechanismBadge code={item.mechanism.code} name={f.text(item.mechanism.name)} />
            <Title order={2} size="h5" id={headingId}>
              <Anchor
                component={Link}
                to={`${basePath}/${item.id}`}
                state={{ listSearch }}
                className="ltr-value"
              >
                {item.key}
              </Anchor>
            </Title>
          </Group>
          <Group gap={6}>
            <PositionBadge position={item.position} />
            <StatusBadge status={item.status} />
            <DemoMarker origin={item.statusOrigin} />
          </Group>
        </Group>

        {picked ? (
          <div>
            <Text className="recommendation-text" lang={picked.lang} dir={dirOf(picked.lang)} lineClamp={6}>
              {picked.text}
            </Text>
            {picked.lang !== f.locale ? (
              <Text size="xs" c="dimmed" fs="italic" mt={4}>
                {t(`text.shownIn.${picked.lang}`)}
              </Text>
            ) : null}
          </div>
        ) : (
          <Text c="dimmed">{t('rec.noText')}</Text>
        )}

        {states.length > 0 || lead ? (
          <Group gap="lg" align="flex-start">
            {states.length > 0 ? (
              <Text size="sm">
                <Text span c="dimmed">
                  {t('rec.recommendedBy')}
                </Text>{' '}
                <span dir="auto">{states.slice(0, STATES_SHOWN).join(t('common.listSeparator'))}</span>
                {states.length > STATES_SHOWN
                  ? ` ${t('rec.moreStates', { count: states.length - STATES_SHOWN })}`
                  : ''}
              </Text>
            ) : null}
            {lead ? (
              <Text size="sm">
                <Text span c="dimmed">
                  {t('rec.leadInstitution')}
                </Text>{' '}
                <span dir="auto">{f.text(lead.name) || f.text(lead.acronym) || lead.code}</span>
              </Text>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
