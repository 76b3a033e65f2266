import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ThreeLanguageFields } from './ThreeLanguageFields';
import type { Text3 } from './working-langs';

/** What a round says: its title and instructions in the working languages, and its deadline. */
export function RoundTextFields({
  title,
  onTitle,
  instructions,
  onInstructions,
  deadline,
  onDeadline,
}: {
  title: Text3;
  onTitle: (next: Text3) => void;
  instructions: Text3;
  onInstructions: (next: Text3) => void;
  deadline: string;
  onDeadline: (next: string) => void;
}) {
  const { t } = useTranslation();
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
