import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecommendations } from '../../api/hooks';
import { notify } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { useLinkRecommendations } from './api';
import { FormError } from './FormError';

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
    <Modal
      opened
      size="xl"
      onClose={onClose}
      title={t('plans.links.add')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <FormError error={link.error} />
        <TextInput
          label={t('plans.links.search')}
          description={t('plans.links.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          dir="auto"
          data-autofocus
        />
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} disabled={picked.length === 0} loading={link.isPending}>
            {t('plans.links.linkSelected', { count: picked.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
