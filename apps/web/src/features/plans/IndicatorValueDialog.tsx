import { NumberInput, Textarea, TextInput } from '@mantine/core';
import type { IndicatorValue } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePutIndicatorValue } from './api';
import { FormDialog } from './FormDialog';

/** Record an indicator's value at a date with its source; a value already recorded for that date is replaced. */
export function IndicatorValueDialog({
  indicatorId,
  value,
  onClose,
}: {
  indicatorId: string;
  value?: IndicatorValue;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const put = usePutIndicatorValue(indicatorId);
  const [date, setDate] = useState(value?.date ?? '');
  const [amount, setAmount] = useState<number | null>(value?.value ?? null);
  const [source, setSource] = useState(value?.source ?? '');
  const [note, setNote] = useState(value?.note ?? '');

  const complete = Boolean(date) && amount !== null;
  const submit = (done: () => void) => {
    if (amount === null) return; // not sent: `complete` is false
    put.mutate(
      { date, value: amount, source: source.trim() || null, note: note.trim() || null },
      {
        onSuccess: done,
      },
    );
  };

  return (
    <FormDialog
      title={value ? t('plans.indicators.editValue') : t('plans.indicators.addValue')}
      onClose={onClose}
      complete={complete}
      onSubmit={submit}
      mutation={put}
    >
      <TextInput
        type="date"
        label={t('plans.indicators.date')}
        description={t('plans.indicators.dateHint')}
        required
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
      />
      <NumberInput
        label={t('plans.indicators.value')}
        required
        value={amount ?? ''}
        onChange={(v) => setAmount(typeof v === 'number' ? v : null)}
      />
      <TextInput
        label={t('plans.indicators.source')}
        dir="auto"
        value={source}
        onChange={(e) => setSource(e.currentTarget.value)}
      />
      <Textarea
        label={t('plans.indicators.note')}
        dir="auto"
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </FormDialog>
  );
}
