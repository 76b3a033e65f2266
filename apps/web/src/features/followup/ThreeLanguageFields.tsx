import { LanguageFields, type LanguageFieldsProps } from '../../app/LanguageFields';
import { WORKING_LANGS, type WorkingLang } from './working-langs';

/** A follow-up text in the three working languages (Arabic, French, English). */
export function ThreeLanguageFields(props: LanguageFieldsProps<WorkingLang>) {
  return <LanguageFields langs={WORKING_LANGS} {...props} />;
}
