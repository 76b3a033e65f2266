import { Fieldset, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { type ContentLang, dirOf } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';

/** A text in several languages: one value per language, any of them possibly missing. */
export type TextIn<L extends ContentLang> = Partial<Record<L, string>>;

export interface LanguageFieldsProps<L extends ContentLang> {
  label: string;
  value: TextIn<L>;
  onChange: (next: TextIn<L>) => void;
  multiline?: boolean;
  required?: boolean;
}

/** One field per language of `langs`, each in its own direction, grouped under one legend. */
export function LanguageFields<L extends ContentLang>({
  langs,
  label,
  value,
  onChange,
  multiline = false,
  required = false,
}: LanguageFieldsProps<L> & { langs: readonly L[] }) {
  const { t } = useTranslation();
  const set = (lang: L, text: string) => onChange({ ...value, [lang]: text });
  // one column for long texts; otherwise full rows: two columns for four languages, three for three
  const cols = multiline ? 1 : langs.length % 2 === 0 ? 2 : 3;
  return (
    <Fieldset
      variant="filled"
      p="xs"
      legend={
        <>
          {label}
          {required ? <span aria-hidden> *</span> : null}
        </>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: cols }} spacing="xs" verticalSpacing="xs">
        {langs.map((lang) => {
          const props = {
            label: t(`languages.${lang}`),
            lang,
            dir: dirOf(lang),
            value: value[lang] ?? '',
            size: 'sm' as const,
          };
          return multiline ? (
            <Textarea
              key={lang}
              {...props}
              autosize
              minRows={2}
              maxRows={8}
              onChange={(e) => set(lang, e.currentTarget.value)}
            />
          ) : (
            <TextInput key={lang} {...props} onChange={(e) => set(lang, e.currentTarget.value)} />
          );
        })}
      </SimpleGrid>
    </Fieldset>
  );
}
