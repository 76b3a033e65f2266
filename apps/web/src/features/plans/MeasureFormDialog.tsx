import { MultiSelect, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import {
  IMPLEMENTATION_STATUSES,
  type ImplementationStatus,
  type LocalizedText,
  type Measure,
  type PlanAxis,
} from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstitutions } from '../../api/hooks';
import { useFormat } from '../../i18n/format';
import { useSaveMeasure } from './api';
import { FormDialog } from './FormDialog';
import { hasText, LocalizedFields } from './LocalizedFields';

const ids = (m: Measure | undefined, role: 'lead' | 'contributing') =>
  (m?.institutions ?? []).filter((i) => i.role === role).map((i) => i.id);

/**
 * Create a measure in a plan or edit one (version-checked): the fields of a measure card and its
 * responsible institutions. Give it `key={id:version}`.
 */
export function MeasureFormDialog({
  planId,
  axes,
  measure,
  defaultAxisId,
  onClose,
  onSaved,
  onReload,
}: {
  planId: string;
  axes: PlanAxis[];
  measure?: Measure;
  defaultAxisId?: string | null;
  onClose: () => void;
  onSaved?: (measure: Measure) => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const save = useSaveMeasure(measure?.id);
  const institutions = useInstitutions();
  const [number, setNumber] = useState(measure?.number ?? '');
  const [axisId, setAxisId] = useState<string>(measure?.axis?.id ?? defaultAxisId ?? '');
  const [name, setName] = useState<LocalizedText>(measure?.name ?? {});
  const [subMeasure, setSubMeasure] = useState<LocalizedText>(measure?.subMeasure ?? {});
  const [description, setDescription] = useState<LocalizedText>(measure?.description ?? {});
  const [objectives, setObjectives] = useState<LocalizedText>(measure?.objectives ?? {});
  const [achievements, setAchievements] = useState<LocalizedText>(measure?.achievements ?? {});
  const [status, setStatus] = useState<string>(measure?.status ?? '');
  const [statusDate, setStatusDate] = useState(measure?.statusDate ?? '');
  const [lead, setLead] = useState<string[]>(ids(measure, 'lead'));
  const [contributing, setContributing] = useState<string[]>(ids(measure, 'contributing'));

  const institutionOptions = (institutions.data ?? []).map((i) => ({
    value: i.id,
    label: f.text(i.acronym) ? `${f.text(i.name)} (${f.text(i.acronym)})` : f.text(i.name) || i.code,
  }));

  const complete = Boolean(number.trim()) && hasText(name);
  const submit = (done: () => void) => {
    const fields = {
      number: number.trim(),
      axisId: axisId || null,
      name,
      subMeasure,
      description,
      objectives,
      achievements,
      status: (status || null) as ImplementationStatus | null,
      statusDate: statusDate || null,
      institutions: [
        ...lead.map((institutionId) => ({ institutionId, role: 'lead' as const })),
        ...contributing
          .filter((id) => !lead.includes(id))
          .map((institutionId) => ({ institutionId, role: 'contributing' as const })),
      ],
    };
    save.mutate(measure ? { ...fields, version: measure.version } : { ...fields, planId }, {
      onSuccess: (saved) => {
        onSaved?.(saved);
        done();
      },
    });
  };

  return (
    <FormDialog
      title={measure ? t('plans.measure.edit') : t('plans.measure.create')}
      size="xl"
      onClose={onClose}
      complete={complete}
      onSubmit={submit}
      mutation={save}
      onReload={onReload}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('plans.measure.number')}
          required
          value={number}
          onChange={(e) => setNumber(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('plans.measure.axis')}
          value={axisId}
          onChange={(e) => setAxisId(e.currentTarget.value)}
          data={[
            { value: '', label: t('plans.measure.noAxis') },
            ...axes.map((a) => ({ value: a.id, label: `${a.number}. ${f.text(a.name)}` })),
          ]}
        />
      </SimpleGrid>
      <LocalizedFields label={t('plans.measure.name')} value={name} onChange={setName} required />
      <LocalizedFields label={t('plans.measure.subMeasure')} value={subMeasure} onChange={setSubMeasure} />
      <LocalizedFields
        label={t('plans.measure.description')}
        value={description}
        onChange={setDescription}
        multiline
      />
      <LocalizedFields
        label={t('plans.measure.objectives')}
        value={objectives}
        onChange={setObjectives}
        multiline
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('plans.measure.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value)}
          data={[
            { value: '', label: t('status.none') },
            ...IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
        <TextInput
          type="date"
          label={t('plans.measure.statusDate')}
          value={statusDate}
          onChange={(e) => setStatusDate(e.currentTarget.value)}
        />
      </SimpleGrid>
      <LocalizedFields
        label={t('plans.measure.achievements')}
        value={achievements}
        onChange={setAchievements}
        multiline
      />
      <MultiSelect
        label={t('plans.measure.lead')}
        data={institutionOptions}
        value={lead}
        onChange={setLead}
        searchable
        clearable
      />
      <MultiSelect
        label={t('plans.measure.contributing')}
        data={institutionOptions.filter((o) => !lead.includes(o.value))}
        value={contributing}
        onChange={setContributing}
        searchable
        clearable
      />
    </FormDialog>
  );
}
