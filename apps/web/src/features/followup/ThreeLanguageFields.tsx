import { Fieldset, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { dirOf } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { type Text3, WORKING_LANGS } from './working-langs';

/** A text in the three working languages (Arabic, French, English), each field in its own direction. */
export function ThreeLanguageFields({
  label,
  value,
  onChange,
  multiline = false,
  required = false,
}: {
  label: string;
  value: Text3;
  onChange: (next: Text3) => void;
  multiline?: boolean;
  required?: boolean;
}) {
  const { t } = useTranslation();
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
      <SimpleGrid cols={{ base: 1, sm: multiline ? 1 : 3 }} spacing="xs" verticalSpacing="xs">
        {WORKING_LANGS.map((lang) => {
          const props = {
            label: t(`languages.${lang}`),
            lang,
            dir: dirOf(lang),
            value: value[lang] ?? '',
            size: 'sm' as const,
          };
          const set = (text: string) => onChange({ ...value, [lang]: text });
          return multiline ? (
            <Textarea
              key={lang}
              {...props}
              autosize
              minRows={2}
              maxRows={8}
              onChange={(e) => set(e.currentTarget.value)}
            />
          ) : (
            <TextInput key={lang} {...props} onChange={(e) => set(e.currentTarget.value)} />
          );
        })}
      </SimpleGrid>
    </Fieldset>
  );
}
