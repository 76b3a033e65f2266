import { Group, NumberInput, TextInput } from '@mantine/core';
import type { LocalizedText, PlanAxis } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveAxis } from './api';
import { FormDialog } from './FormDialog';
import { hasText, LocalizedFields } from './LocalizedFields';

/** Add an axis to a plan, or edit one (version-checked). Give it `key={id:version}`. */
export function AxisFormDialog({
  planId,
  axis,
  nextSort,
  onClose,
  onReload,
}: {
  planId: string;
  axis?: PlanAxis;
  nextSort: number;
  onClose: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveAxis(planId, axis?.id);
  const [number, setNumber] = useState(axis?.number ?? String(nextSort));
  const [name, setName] = useState<LocalizedText>(axis?.name ?? {});
  const [sort, setSort] = useState<number>(axis?.sort ?? nextSort);

  const complete = Boolean(number.trim()) && hasText(name);
  const submit = (done: () => void) => {
    const fields = { number: number.trim(), name, sort };
    save.mutate(axis ? { ...fields, version: axis.version } : fields, {
      onSuccess: done,
    });
  };

  return (
    <FormDialog
      title={axis ? t('plans.axis.edit') : t('plans.axis.create')}
      size="lg"
      onClose={onClose}
      complete={complete}
      onSubmit={submit}
      mutation={save}
      onReload={onReload}
    >
      <Group grow>
        <TextInput
          label={t('plans.axis.number')}
          required
          value={number}
          onChange={(e) => setNumber(e.currentTarget.value)}
        />
        <NumberInput
          label={t('plans.axis.sort')}
          value={sort}
          onChange={(v) => setSort(typeof v === 'number' ? v : 0)}
          min={0}
          allowDecimal={false}
        />
      </Group>
      <LocalizedFields label={t('plans.axis.name')} value={name} onChange={setName} required />
    </FormDialog>
  );
}
