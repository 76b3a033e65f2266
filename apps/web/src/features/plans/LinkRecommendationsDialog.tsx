import { Checkbox, ScrollArea, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecommendations } from '../../api/hooks';
import { notify } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { useLinkRecommendations } from './api';
import { SearchPickDialog } from './SearchPickDialog';

/** Find recommendations by key or text and link the chosen ones to a measure. */
export function LinkRecommendationsDialog({
  measureId,
  linkedIds,
  onClose,
}: {
  measureId: string;
  linkedIds: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [picked, setPicked] = useState<string[]>([]);
  const found = useRecommendations(
    { q: debounced, pageSize: 20, lang: f.locale },
    { enabled: debounced.length > 1 },
  );
  const link = useLinkRecommendations(measureId);

  const toggle = (id: string, on: boolean) => setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));
  const submit = () =>
    link.mutate(picked, {
      onSuccess: () => {
        notify(t('plans.links.linked', { count: picked.length }), { color: 'teal' });
        onClose();
      },
    });

  return (
    <SearchPickDialog
      title={t('plans.links.add')}
      size="xl"
      onClose={onClose}
      error={link.error}
      searchLabel={t('plans.links.search')}
      searchHint={t('plans.links.searchHint')}
      search={q}
      onSearch={setQ}
      confirmLabel={t('plans.links.linkSelected', { count: picked.length })}
      canConfirm={picked.length > 0}
      confirming={link.isPending}
      onConfirm={submit}
    >
      <ScrollArea.Autosize mah={360}>
        <Stack gap="xs">
          {found.data?.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('plans.links.noMatch')}
            </Text>
          ) : null}
          {(found.data?.items ?? []).map((rec) => {
            const already = linkedIds.includes(rec.id);
            return (
              <Checkbox
                key={rec.id}
                checked={already || picked.includes(rec.id)}
                disabled={already}
                onChange={(e) => toggle(rec.id, e.currentTarget.checked)}
                label={
                  <span>
                    <Text span fw={600} size="sm" className="ltr-value">
                      {rec.key}
                    </Text>
                    {already ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({t('plans.links.already')})
                      </Text>
                    ) : null}
                    <Text size="sm" dir="auto" lineClamp={2}>
                      {f.text(rec.text)}
                    </Text>
                  </span>
                }
              />
            );
          })}
        </Stack>
      </ScrollArea.Autosize>
    </SearchPickDialog>
  );
}
