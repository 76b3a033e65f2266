import { CONTENT_LANGS, type ContentLang, type LocalizedText } from '@tatabbu/domain';
import { LanguageFields, type LanguageFieldsProps } from '../../app/LanguageFields';

/** A plan text in every content language (Arabic, French, English, Spanish). */
export function LocalizedFields(props: LanguageFieldsProps<ContentLang>) {
  return <LanguageFields langs={CONTENT_LANGS} {...props} />;
}

/** Whether a text exists in at least one language (names are required that way). */
export const hasText = (value: LocalizedText): boolean => Object.values(value).some((v) => v?.trim());
