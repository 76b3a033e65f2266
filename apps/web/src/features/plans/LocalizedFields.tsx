import { Fieldset, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { CONTENT_LANGS, type ContentLang, dirOf, type LocalizedText } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';

/** One field per content language (Arabic, French, English, Spanish), each in its own direction. */
export function LocalizedFields({
  label,
  value,
  onChange,
  multiline = false,
  required = false,
}: {
  label: string;
  value: LocalizedText;
  onChange: (next: LocalizedText) => void;
  multiline?: boolean;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const set = (lang: ContentLang, text: string) => onChange({ ...value, [lang]: text });
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
      <SimpleGrid cols={{ base: 1, sm: multiline ? 1 : 2 }} spacing="xs" verticalSpacing="xs">
        {CONTENT_LANGS.map((lang) => {
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

/** Whether a text exists in at least one language (names are required that way). */
export const hasText = (value: LocalizedText): boolean => Object.values(value).some((v) => v?.trim());
