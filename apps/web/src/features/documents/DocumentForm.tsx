import { Alert, Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import {
  canGenerateDocument,
  DOCUMENT_KINDS,
  type DocumentKind,
  type Me,
  REPORT_GROUPINGS,
  REPORT_TYPES,
  type ReportGrouping,
  type ReportType,
  UI_LOCALES,
  type UiLocale,
} from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';
import { useInstitutionList } from '../institutions/api';
import { usePlans } from '../plans/api';
import { actorOf } from '../users/roles';
import { useGenerateDocument } from './api';

/** Language names in their own language, as a language menu shows them. */
const LANGUAGE_NAMES: Record<UiLocale, string> = { ar: 'العربية', fr: 'Français', en: 'English' };

/**
 * Choose what to generate. The kinds offered are those the permission module allows this user; the
 * matrix and the report take the recommendation list's filters (`filters`, from the address).
 */
export function DocumentForm({
  me,
  filters,
  filterCount,
  listLink,
  initialKind,
}: {
  me: Me;
  filters: Record<string, unknown>;
  filterCount: number;
  listLink: string;
  initialKind: DocumentKind | null;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const actor = actorOf(me);
  const kinds = DOCUMENT_KINDS.filter((k) => canGenerateDocument(actor, k, me.institutionId ?? undefined));
  const [kind, setKind] = useState<DocumentKind>(
    initialKind && kinds.includes(initialKind) ? initialKind : (kinds[0] ?? 'matrix'),
  );
  const [lang, setLang] = useState<UiLocale>((i18n.language as UiLocale) ?? 'fr');
  const [reportType, setReportType] = useState<ReportType>('upr_midterm');
  const [grouping, setGrouping] = useState<ReportGrouping>('cluster');
  const [institutionId, setInstitutionId] = useState<string | null>(me.institutionId ?? null);
  const [planId, setPlanId] = useState<string | null>(null);
  const institutions = useInstitutionList({ active: 'true' });
  const plans = usePlans();
  const generate = useGenerateDocument();

  const institutionOptions = (institutions.data ?? [])
    .filter((i) => canGenerateDocument(actor, 'institution_sheet', i.id))
    .map((i) => ({ value: i.id, label: f.text(i.name) }));
  const planOptions = (plans.data ?? []).map((p) => ({
    value: p.id,
    label: `${p.code} — ${f.text(p.name)}`,
  }));
  const usesFilters = kind === 'matrix' || kind === 'report';
  const missing = (kind === 'institution_sheet' && !institutionId) || (kind === 'measure_cards' && !planId);

  const submit = () =>
    generate.mutate({
      kind,
      lang,
      ...(usesFilters ? { filters } : {}),
      ...(kind === 'report' ? { reportType, grouping } : {}),
      ...(kind === 'institution_sheet' && institutionId ? { institutionId } : {}),
      ...(kind === 'measure_cards' && planId ? { planId } : {}),
    });

  return (
    <Stack gap="sm">
      <Radio.Group label={t('documents.form.kind')} value={kind} onChange={(v) => setKind(v as DocumentKind)}>
        <Stack gap={6} mt={6}>
          {kinds.map((k) => (
            <Radio
              key={k}
              value={k}
              label={t(`documents.kinds.${k}`)}
              description={t(`documents.kindHints.${k}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Select
        label={t('documents.form.lang')}
        data={UI_LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        value={lang}
        onChange={(v) => v && setLang(v as UiLocale)}
        allowDeselect={false}
        maw={320}
      />
      {kind === 'report' && (
        <>
          <Select
            label={t('documents.form.reportType')}
            data={REPORT_TYPES.map((r) => ({ value: r, label: t(`documents.reportTypes.${r}`) }))}
            value={reportType}
            onChange={(v) => v && setReportType(v as ReportType)}
            allowDeselect={false}
            maw={420}
          />
          <Radio.Group
            label={t('documents.form.grouping')}
            value={grouping}
            onChange={(v) => setGrouping(v as ReportGrouping)}
          >
            <Group mt={6}>
              {REPORT_GROUPINGS.map((g) => (
                <Radio key={g} value={g} label={t(`documents.groupings.${g}`)} />
              ))}
            </Group>
          </Radio.Group>
        </>
      )}
      {kind === 'institution_sheet' && (
        <Select
          label={t('documents.form.institution')}
          data={institutionOptions}
          value={institutionId}
          onChange={setInstitutionId}
          searchable
          required
          maw={520}
        />
      )}
      {kind === 'measure_cards' && (
        <Select
          label={t('documents.form.plan')}
          data={planOptions}
          value={planId}
          onChange={setPlanId}
          searchable
          required
          maw={520}
        />
      )}
      {usesFilters && (
        <Text size="sm" c="dimmed">
          {filterCount > 0
            ? t('documents.form.filtered', { count: filterCount })
            : t('documents.form.unfiltered')}{' '}
          <Link to={listLink}>{t('documents.form.chooseFilters')}</Link>
        </Text>
      )}
      {generate.isError && (
        <Alert color="red" role="alert">
          {generate.error.message}
        </Alert>
      )}
      <Group>
        <Button
          onClick={submit}
          loading={generate.isPending}
          disabled={missing || kinds.length === 0}
          leftSection={<IconFileText size={18} aria-hidden />}
        >
          {t('documents.form.generate')}
        </Button>
      </Group>
    </Stack>
  );
}
