import { Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notify } from '../../app/notify';
import { TitledSection } from '../../app/TitledSection';
import { useFormat } from '../../i18n/format';
import { DemoMarker, StatusBadge } from '../recommendations/badges';
import {
  useCanManagePlans,
  useLinkRecommendations,
  useMeasures,
  useRecommendationMeasures,
  useUnlinkRecommendation,
} from './api';
import { FormError } from './FormError';
import { measurePath, plansBaseFor } from './paths';
import { SearchPickDialog } from './SearchPickDialog';
import { SmallButton } from './SmallButton';

/**
 * The recommendation page's "Measures" section: the action-plan measures that implement it, with
 * their status; coordinators link and unlink measures here too.
 */
export function RecommendationMeasures({
  recommendationId,
  basePath,
}: {
  recommendationId: string;
  basePath: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const base = plansBaseFor(basePath);
  const canManage = useCanManagePlans() && base.startsWith('/app');
  const measures = useRecommendationMeasures(recommendationId);
  const unlink = useUnlinkRecommendation();
  const [adding, setAdding] = useState(false);
  const items = measures.data ?? [];
  if (!measures.data || (items.length === 0 && !canManage)) return null;

  return (
    <TitledSection title={t('plans.forRecommendation.title')} card="md" gap="xs">
      <Stack gap="xs">
        <FormError error={unlink.error} />
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('plans.forRecommendation.none')}
          </Text>
        ) : (
          <List spacing="xs" size="sm" listStyleType="none" ps={0}>
            {items.map((m) => (
              <List.Item key={m.id}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={measurePath(base, m.id)} size="sm">
                    <span className="ltr-value">{m.number}</span> <span dir="auto">{f.text(m.name)}</span>
                  </Anchor>
                  <StatusBadge status={m.status} />
                  <DemoMarker origin={m.plan.demo ? 'demo' : null} />
                  <Text span size="xs" c="dimmed" dir="auto">
                    {f.text(m.plan.name) || m.plan.code}
                  </Text>
                  {canManage ? (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      loading={unlink.isPending && unlink.variables?.measureId === m.id}
                      onClick={() =>
                        unlink.mutate(
                          { measureId: m.id, recommendationId },
                          {
                            onSuccess: () => notify(t('plans.forRecommendation.unlinked'), { color: 'teal' }),
                          },
                        )
                      }
                    >
                      {t('plans.links.unlink')}
                    </Button>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {canManage ? (
          <Group>
            <SmallButton icon={IconLink} onClick={() => setAdding(true)}>
              {t('plans.forRecommendation.link')}
            </SmallButton>
          </Group>
        ) : null}
      </Stack>
      {adding ? (
        <PickMeasureDialog
          recommendationId={recommendationId}
          linkedIds={items.map((m) => m.id)}
          onClose={() => setAdding(false)}
        />
      ) : null}
    </TitledSection>
  );
}

/** Search the measures of every plan by number or text and link one to the recommendation. */
function PickMeasureDialog({
  recommendationId,
  linkedIds,
  onClose,
}: {
  recommendationId: string;
  linkedIds: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [measureId, setMeasureId] = useState<string | null>(null);
  const found = useMeasures({ q: debounced, pageSize: 20 });
  const link = useLinkRecommendations(measureId ?? '');
  const submit = () =>
    link.mutate([recommendationId], {
      onSuccess: () => {
        notify(t('plans.forRecommendation.linked'), { color: 'teal' });
        onClose();
      },
    });
  return (
    <SearchPickDialog
      title={t('plans.forRecommendation.link')}
      size="lg"
      onClose={onClose}
      error={link.error}
      searchLabel={t('plans.measure.search')}
      search={q}
      onSearch={setQ}
      confirmLabel={t('plans.forRecommendation.linkChosen')}
      canConfirm={Boolean(measureId)}
      confirming={link.isPending}
      onConfirm={submit}
    >
      <Stack gap={4} role="radiogroup" aria-label={t('plans.forRecommendation.choose')}>
        {(found.data?.items ?? []).map((m) => {
          const already = linkedIds.includes(m.id);
          return (
            <Button
              key={m.id}
              role="radio"
              aria-checked={measureId === m.id}
              variant={measureId === m.id ? 'light' : 'subtle'}
              disabled={already}
              justify="flex-start"
              h="auto"
              py={6}
              onClick={() => setMeasureId(m.id)}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'start' } }}
            >
              <span>
                <span className="ltr-value">{m.number}</span> <span dir="auto">{f.text(m.name)}</span>
                <Text span size="xs" c="dimmed" dir="auto">
                  {' — '}
                  {f.text(m.plan.name) || m.plan.code}
                  {already ? ` (${t('plans.links.already')})` : ''}
                </Text>
              </span>
            </Button>
          );
        })}
      </Stack>
    </SearchPickDialog>
  );
}
