import { Group, NumberInput, TextInput } from '@mantine/core';
import type { LocalizedText, Plan } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSavePlan } from './api';
import { FormDialog } from './FormDialog';
import { hasText, LocalizedFields } from './LocalizedFields';

const yearOrNull = (v: string | number) => (typeof v === 'number' ? v : v ? Number(v) : null);

/**
 * Create a plan, or edit one with the version that was read (409 on a stale one).
 * Give it `key={id:version}`, so a reload starts the form afresh.
 */
export function PlanFormDialog({
  plan,
  onClose,
  onSaved,
  onReload,
}: {
  plan?: Plan;
  onClose: () => void;
  onSaved?: (plan: Plan) => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const save = useSavePlan(plan?.id);
  const [code, setCode] = useState(plan?.code ?? '');
  const [name, setName] = useState<LocalizedText>(plan?.name ?? {});
  const [description, setDescription] = useState<LocalizedText>(plan?.description ?? {});
  const [startYear, setStartYear] = useState<number | null>(plan?.startYear ?? null);
  const [endYear, setEndYear] = useState<number | null>(plan?.endYear ?? null);

  const complete = Boolean(code.trim()) && hasText(name);
  const submit = (done: () => void) => {
    const fields = { code: code.trim(), name, description, startYear, endYear };
    save.mutate(plan ? { ...fields, version: plan.version } : fields, {
      onSuccess: (saved) => {
        onSaved?.(saved);
        done();
      },
    });
  };

  return (
    <FormDialog
      title={plan ? t('plans.plan.edit') : t('plans.plan.create')}
      size="lg"
      onClose={onClose}
      complete={complete}
      onSubmit={submit}
      mutation={save}
      onReload={onReload}
    >
      <TextInput
        label={t('plans.plan.code')}
        description={t('plans.plan.codeHint')}
        required
        dir="ltr"
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        maw={280}
      />
      <LocalizedFields label={t('plans.plan.name')} value={name} onChange={setName} required />
      <LocalizedFields
        label={t('plans.plan.description')}
        value={description}
        onChange={setDescription}
        multiline
      />
      <Group grow>
        <NumberInput
          label={t('plans.plan.startYear')}
          value={startYear ?? ''}
          onChange={(v) => setStartYear(yearOrNull(v))}
          min={1900}
          max={2200}
          allowDecimal={false}
          thousandSeparator=""
        />
        <NumberInput
          label={t('plans.plan.endYear')}
          value={endYear ?? ''}
          onChange={(v) => setEndYear(yearOrNull(v))}
          min={1900}
          max={2200}
          allowDecimal={false}
          thousandSeparator=""
        />
      </Group>
    </FormDialog>
  );
}
