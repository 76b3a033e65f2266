import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ThreeLanguageFields } from './ThreeLanguageFields';
import type { Text3 } from './working-langs';

/** What a round says: its title and instructions in the working languages, and its deadline. */
export interface RoundTexts {
  title: Text3;
  instructions: Text3;
  deadline: string;
}

/** The fields of what a round says (new round, edit round). */
export function RoundTextFields({
  value,
  onChange,
}: {
  value: RoundTexts;
  onChange: (next: RoundTexts) => void;
}) {
  const { t } = useTranslation();
  const { title, instructions, deadline } = value;
  const onTitle = (next: Text3) => onChange({ ...value, title: next });
  const onInstructions = (next: Text3) => onChange({ ...value, instructions: next });
  const onDeadline = (next: string) => onChange({ ...value, deadline: next });
  return (
    <>
      <ThreeLanguageFields label={t('followup.newRound.name')} value={title} onChange={onTitle} required />
      <ThreeLanguageFields
        label={t('followup.newRound.instructions')}
        value={instructions}
        onChange={onInstructions}
        multiline
      />
      <TextInput
        type="date"
        label={t('followup.newRound.deadline')}
        value={deadline}
        onChange={(e) => onDeadline(e.currentTarget.value)}
        required
        maw={240}
      />
    </>
  );
}
