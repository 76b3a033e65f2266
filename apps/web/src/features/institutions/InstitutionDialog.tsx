import { Modal, NativeSelect, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import {
  INSTITUTION_KINDS,
  type InstitutionKind,
  type InstitutionSummary,
  type LocalizedText,
  UI_LOCALES,
  type UiLocale,
} from '@tatabbu/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiRequestError, isApiError } from '../../api/client';
import { DialogActions } from '../../app/DialogActions';
import { notify } from '../../app/notify';
import { SaveError } from '../../app/SaveError';
import { isolate, useFormat } from '../../i18n/format';
import { useCreateInstitution, useInstitutionList, useUpdateInstitution } from './api';
import { institutionLabel } from './labels';

type Texts = Record<UiLocale, string>;
const textsOf = (v: LocalizedText | undefined): Texts => ({
  ar: v?.ar ?? '',
  fr: v?.fr ?? '',
  en: v?.en ?? '',
});
/** Only the three UI languages are edited here; a Spanish name (from imports) is kept as is. */
const merged = (original: LocalizedText | undefined, texts: Texts): LocalizedText => ({
  ...original,
  ...texts,
});

interface StaleDetails {
  updatedBy?: string | null;
  updatedAt?: string | null;
}

/**
 * Create an institution (`institution` null) or change one with the version that was read; a
 * concurrent change answers 409 and the dialog says who changed it and when, with a reload button.
 */
export function InstitutionDialog({
  institution,
  onClose,
  onReload,
}: {
  institution: InstitutionSummary | null;
  onClose: () => void;
  /** Fetch the current version; the parent then re-opens the dialog with it. */
  onReload?: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const create = useCreateInstitution();
  const update = useUpdateInstitution(institution?.id ?? '');
  const mutation = institution ? update : create;
  const all = useInstitutionList({ active: 'all' });
  const [code, setCode] = useState(institution?.code ?? '');
  const [kind, setKind] = useState<InstitutionKind>(institution?.kind ?? 'government');
  const [name, setName] = useState<Texts>(textsOf(institution?.name));
  const [acronym, setAcronym] = useState<Texts>(textsOf(institution?.acronym));
  const [parentId, setParentId] = useState(institution?.parentId ?? '');
  const [active, setActive] = useState(institution?.active ?? true);
  const [error, setError] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) return setError(t('institutions.form.codeRequired'));
    if (!Object.values(name).some((v) => v.trim())) return setError(t('institutions.form.nameRequired'));
    setError(null);
    const fields = {
      code: code.trim(),
      kind,
      name: merged(institution?.name, name),
      acronym: merged(institution?.acronym, acronym),
      parentId: parentId || null,
    };
    const done = (saved: { code: string; name: LocalizedText; acronym: LocalizedText }) => {
      notify(t('institutions.form.saved', { name: isolate(institutionLabel(f, saved)) }), { color: 'teal' });
      onClose();
    };
    if (institution) update.mutate({ ...fields, active, version: institution.version }, { onSuccess: done });
    else create.mutate(fields, { onSuccess: done });
  };

  const stale = isApiError(mutation.error, 'stale_version');
  // Institutions word the 409 their own way, naming "someone else" when the server cannot tell who.
  const staleMessage = (e: ApiRequestError) => {
    const d = (e.details ?? {}) as StaleDetails;
    return t('institutions.form.stale', {
      name: isolate(d.updatedBy || t('institutions.form.someone')),
      time: isolate(f.dateTime(d.updatedAt ?? '')),
    });
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload?.();
    } finally {
      setReloading(false);
    }
  };

  const parents = (all.data ?? [])
    .filter((i) => i.id !== institution?.id)
    .map((i) => ({ value: i.id, label: institutionLabel(f, i) }))
    .sort((a, b) => a.label.localeCompare(b.label, f.locale));

  const textFields = (prefix: 'name' | 'acronym', value: Texts, set: (v: Texts) => void) =>
    UI_LOCALES.map((lang) => (
      <TextInput
        key={`${prefix}-${lang}`}
        label={t(`institutions.form.${prefix}In`, { language: t(`languages.${lang}`) })}
        value={value[lang]}
        lang={lang}
        dir={lang === 'ar' ? 'rtl' : 'ltr'}
        onChange={(e) => set({ ...value, [lang]: e.currentTarget.value })}
        maxLength={300}
      />
    ));

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={institution ? t('institutions.form.editTitle') : t('institutions.form.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SaveError
            error={mutation.error}
            problem={error}
            onReload={onReload ? () => void reload() : undefined}
            reloading={reloading}
            known={{ stale_version: { message: staleMessage, reload: true } }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('institutions.fields.code')}
              description={t('institutions.form.codeHint')}
              value={code}
              dir="ltr"
              required
              onChange={(e) => setCode(e.currentTarget.value)}
              maxLength={40}
            />
            <NativeSelect
              label={t('institutions.fields.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as InstitutionKind)}
              data={INSTITUTION_KINDS.map((k) => ({ value: k, label: t(`institutions.kind.${k}`) }))}
            />
          </SimpleGrid>
          <Text size="sm" fw={600}>
            {t('institutions.fields.name')}
          </Text>
          <Text size="xs" c="dimmed" mt={-8}>
            {t('institutions.form.nameHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {textFields('name', name, setName)}
          </SimpleGrid>
          <Text size="sm" fw={600}>
            {t('institutions.fields.acronym')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {textFields('acronym', acronym, setAcronym)}
          </SimpleGrid>
          <NativeSelect
            label={t('institutions.fields.parent')}
            value={parentId}
            onChange={(e) => setParentId(e.currentTarget.value)}
            data={[{ value: '', label: t('institutions.form.noParent') }, ...parents]}
          />
          {institution ? (
            <Switch
              label={t('institutions.fields.active')}
              description={t('institutions.form.activeHint')}
              checked={active}
              onChange={(e) => setActive(e.currentTarget.checked)}
            />
          ) : null}
          <DialogActions onCancel={onClose} mt="sm" busy={mutation.isPending} disabled={stale} />
        </Stack>
      </form>
    </Modal>
  );
}
