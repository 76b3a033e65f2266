import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { POSITIONS, type Position, type Recommendation, type Vocabulary } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { keys } from '../../api/hooks';
import { notify } from '../../app/notify';
import { TitledSection } from '../../app/TitledSection';
import { TAGGING_VOCABULARIES, TermMultiSelect } from './TermMultiSelect';
import { useClassifyRecommendation } from './tagging-api';

type Picks = Record<(typeof TAGGING_VOCABULARIES)[number], string[]>;

function picksOf(rec: Recommendation): Picks {
  const of = (v: Vocabulary) => rec.terms.filter((term) => term.vocabulary === v).map((term) => term.id);
  return Object.fromEntries(TAGGING_VOCABULARIES.map((v) => [v, of(v)])) as Picks;
}

/**
 * The coordinator's classification of one recommendation: the State's position and the tags of
 * each vocabulary, saved together with the version read (a newer version answers 409, shown in
 * the user's language with a way to reload). Mount it with `key={rec.version}` so a saved or
 * reloaded record starts a fresh form.
 */
export function TagEditor({ rec }: { rec: Recommendation }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const classify = useClassifyRecommendation(rec.id);
  const [initial] = useState(() => picksOf(rec));
  const [picks, setPicks] = useState<Picks>(initial);
  const [position, setPosition] = useState<Position | null>(rec.position);

  const before = new Set(Object.values(initial).flat());
  const after = new Set(Object.values(picks).flat());
  const add = [...after].filter((id) => !before.has(id));
  const remove = [...before].filter((id) => !after.has(id));
  const positionChanged = position !== rec.position;
  const dirty = add.length > 0 || remove.length > 0 || positionChanged;
  const stale = isApiError(classify.error, 'stale_version');

  const save = () =>
    classify.mutate(
      {
        version: rec.version,
        ...(positionChanged ? { position } : {}),
        ...(add.length || remove.length ? { terms: { add, remove } } : {}),
      },
      { onSuccess: () => notify(t('tagging.editor.saved'), { color: 'green' }) },
    );

  return (
    <TitledSection title={t('tagging.editor.title')} card="md" gap="xs">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('tagging.editor.hint')}
          </Text>
          <NativeSelect
            label={t('tagging.editor.position')}
            value={position ?? ''}
            onChange={(e) => setPosition((e.currentTarget.value || null) as Position | null)}
            data={[
              { value: '', label: t('tagging.editor.positionNone') },
              ...POSITIONS.map((p) => ({ value: p, label: t(`position.${p}`) })),
            ]}
            maw={320}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {TAGGING_VOCABULARIES.map((vocabulary) => (
              <TermMultiSelect
                key={vocabulary}
                vocabulary={vocabulary}
                value={picks[vocabulary]}
                onChange={(ids) => setPicks((p) => ({ ...p, [vocabulary]: ids }))}
                disabled={classify.isPending}
              />
            ))}
          </SimpleGrid>
          {classify.isError ? (
            <Alert color="red" variant="light" role="alert">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{classify.error.message}</Text>
                {stale ? (
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => void qc.invalidateQueries({ queryKey: keys.recommendation(rec.id) })}
                  >
                    {t('tagging.editor.reload')}
                  </Button>
                ) : null}
              </Stack>
            </Alert>
          ) : null}
          <Group gap="sm">
            <Button type="submit" loading={classify.isPending} disabled={!dirty}>
              {t('tagging.editor.save')}
            </Button>
            <Button
              variant="subtle"
              disabled={!dirty || classify.isPending}
              onClick={() => {
                setPicks(initial);
                setPosition(rec.position);
                classify.reset();
              }}
            >
              {t('tagging.editor.reset')}
            </Button>
          </Group>
        </Stack>
      </form>
    </TitledSection>
  );
}
