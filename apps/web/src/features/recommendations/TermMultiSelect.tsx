import { MultiSelect } from '@mantine/core';
import { NUMBERED_VOCABULARIES, type Term, type Vocabulary } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../../api/hooks';
import { type Formatters, useFormat } from '../../i18n/format';

/** The vocabularies a coordinator tags with, in the order the editor shows them. */
export const TAGGING_VOCABULARIES = [
  'uhri_theme',
  'affected_person',
  'sdg_goal',
  'sdg_target',
  'axis',
  'subaxis',
  'cluster',
] as const satisfies readonly Vocabulary[];

/** "16.3 — Promote the rule of law…" for numbered vocabularies; the name alone otherwise. */
export function termLabel(
  term: { code: string | null; name: Term['name']; vocabulary: Vocabulary },
  f: Formatters,
): string {
  const name = f.text(term.name);
  const numbered = NUMBERED_VOCABULARIES.includes(term.vocabulary);
  if (numbered && term.code && name && !name.startsWith(term.code)) return `${term.code} — ${name}`;
  return name || term.code || '';
}

/** A searchable multi-select of one vocabulary's terms (loaded from `/taxonomies/{vocabulary}`). */
export function TermMultiSelect({
  vocabulary,
  value,
  onChange,
  label,
  disabled,
}: {
  vocabulary: Vocabulary;
  value: string[];
  onChange: (ids: string[]) => void;
  label?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const terms = useTaxonomy(vocabulary);
  const vocabularyName = t(`vocabulary.${vocabulary}`);
  return (
    <MultiSelect
      label={label ?? vocabularyName}
      data={(terms.data ?? []).map((term) => ({ value: term.id, label: termLabel(term, f) }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      hidePickedOptions
      maxDropdownHeight={280}
      nothingFoundMessage={t('tagging.editor.nothingFound')}
      placeholder={value.length ? undefined : t('tagging.editor.search', { vocabulary: vocabularyName })}
      disabled={disabled || terms.isPending}
      error={terms.isError ? terms.error.message : undefined}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
