import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import type { BulkClassifyInput } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { TAGGING_VOCABULARIES, TermMultiSelect } from './TermMultiSelect';
import { useBulkClassify } from './tagging-api';

type TaggingVocabulary = (typeof TAGGING_VOCABULARIES)[number];
type Picks = Record<TaggingVocabulary, { add: string[]; remove: string[] }>;

const emptyPicks = (): Picks =>
  Object.fromEntries(TAGGING_VOCABULARIES.map((v) => [v, { add: [], remove: [] }])) as unknown as Picks;

/** What a bulk classification applies to: chosen rows, or everything the list's query matches. */
export type BulkTarget =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'filters'; filters: NonNullable<BulkClassifyInput['filters']>; count: number };

/**
 * Add and remove tags on many recommendations at once. One vocabulary is edited at a time; picks
 * of the others are kept, and everything is sent in one request.
 */
export function BulkTagDialog({
  target,
  onClose,
  onDone,
}: {
  target: BulkTarget | null;
  onClose: () => void;
  /** After a successful change, before closing. */
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const bulk = useBulkClassify();
  const [vocabulary, setVocabulary] = useState<TaggingVocabulary>('uhri_theme');
  const [picks, setPicks] = useState<Picks>(emptyPicks);
  const add = TAGGING_VOCABULARIES.flatMap((v) => picks[v].add);
  const remove = TAGGING_VOCABULARIES.flatMap((v) => picks[v].remove);
  const count = target ? (target.kind === 'ids' ? target.ids.length : target.count) : 0;

  const close = () => {
    setPicks(emptyPicks());
    bulk.reset();
    onClose();
  };
  const set = (side: 'add' | 'remove', ids: string[]) =>
    setPicks((p) => {
      const other = side === 'add' ? 'remove' : 'add';
      // A term is either added or removed, never both.
      const current = p[vocabulary];
      return {
        ...p,
        [vocabulary]: { [side]: ids, [other]: current[other].filter((id) => !ids.includes(id)) },
      };
    });
  const apply = () => {
    if (!target) return;
    const selection = target.kind === 'ids' ? { ids: target.ids } : { filters: target.filters };
    bulk.mutate(
      { ...selection, add, remove },
      {
        onSuccess: (result) => {
          notify(
            t('tagging.bulk.done', { changed: f.number(result.changed), matched: f.number(result.matched) }),
            { color: 'green' },
          );
          onDone?.();
          close();
        },
      },
    );
  };

  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={t('tagging.bulk.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">
          {target?.kind === 'filters'
            ? t('tagging.bulk.scopeAll', { count })
            : t('tagging.bulk.scopeSelected', { count })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('tagging.editor.hint')}
        </Text>
        <NativeSelect
          label={t('rec.tags')}
          value={vocabulary}
          onChange={(e) => setVocabulary(e.currentTarget.value as TaggingVocabulary)}
          data={TAGGING_VOCABULARIES.map((v) => {
            const n = picks[v].add.length + picks[v].remove.length;
            return { value: v, label: n ? `${t(`vocabulary.${v}`)} (${f.number(n)})` : t(`vocabulary.${v}`) };
          })}
        />
        <TermMultiSelect
          key={`add-${vocabulary}`}
          vocabulary={vocabulary}
          label={t('tagging.bulk.add')}
          value={picks[vocabulary].add}
          onChange={(ids) => set('add', ids)}
          disabled={bulk.isPending}
        />
        <TermMultiSelect
          key={`remove-${vocabulary}`}
          vocabulary={vocabulary}
          label={t('tagging.bulk.remove')}
          value={picks[vocabulary].remove}
          onChange={(ids) => set('remove', ids)}
          disabled={bulk.isPending}
        />
        {bulk.isError ? (
          <Alert color="red" variant="light" role="alert">
            {bulk.error.message}
          </Alert>
        ) : null}
        {add.length + remove.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('tagging.bulk.nothing')}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('tagging.bulk.cancel')}
          </Button>
          <Button
            onClick={apply}
            loading={bulk.isPending}
            disabled={add.length + remove.length === 0 || count === 0}
          >
            {t('tagging.bulk.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
