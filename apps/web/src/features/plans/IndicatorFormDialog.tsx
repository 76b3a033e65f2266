import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { Indicator, LocalizedText } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveIndicator } from './api';
import { FormDialog } from './FormDialog';
import { hasText, LocalizedFields } from './LocalizedFields';

const numberOrNull = (v: string | number) => (typeof v === 'number' ? v : null);

/** Add an indicator to a measure, or edit one (version-checked). Give it `key={id:version}`. */
export function IndicatorFormDialog({
  measureId,
  indicator,
  onClose,
  onReload,
}: {
  measureId: string;
  indicator?: Indicator;
  onClose: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveIndicator(indicator?.id);
  const [name, setName] = useState<LocalizedText>(indicator?.name ?? {});
  const [unit, setUnit] = useState<LocalizedText>(indicator?.unit ?? {});
  const [baseline, setBaseline] = useState<number | null>(indicator?.baseline ?? null);
  const [baselineDate, setBaselineDate] = useState(indicator?.baselineDate ?? '');
  const [target, setTarget] = useState<number | null>(indicator?.target ?? null);
  const [targetDate, setTargetDate] = useState(indicator?.targetDate ?? '');

  const complete = hasText(name);
  const submit = (done: () => void) => {
    const fields = {
      name,
      unit,
      baseline,
      baselineDate: baselineDate || null,
      target,
      targetDate: targetDate || null,
    };
    save.mutate(indicator ? { ...fields, version: indicator.version } : { ...fields, measureId }, {
      onSuccess: done,
    });
  };

  return (
    <FormDialog
      title={indicator ? t('plans.indicators.edit') : t('plans.indicators.create')}
      size="lg"
      onClose={onClose}
      complete={complete}
      onSubmit={submit}
      mutation={save}
      onReload={onReload}
    >
      <LocalizedFields label={t('plans.indicators.name')} value={name} onChange={setName} required />
      <LocalizedFields label={t('plans.indicators.unit')} value={unit} onChange={setUnit} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label={t('plans.indicators.baseline')}
          value={baseline ?? ''}
          onChange={(v) => setBaseline(numberOrNull(v))}
        />
        <TextInput
          type="date"
          label={t('plans.indicators.baselineDate')}
          value={baselineDate}
          onChange={(e) => setBaselineDate(e.currentTarget.value)}
        />
        <NumberInput
          label={t('plans.indicators.target')}
          value={target ?? ''}
          onChange={(v) => setTarget(numberOrNull(v))}
        />
        <TextInput
          type="date"
          label={t('plans.indicators.targetDate')}
          value={targetDate}
          onChange={(e) => setTargetDate(e.currentTarget.value)}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
