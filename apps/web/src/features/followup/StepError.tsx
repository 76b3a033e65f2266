import { useTranslation } from 'react-i18next';
import { SaveError } from '../../app/SaveError';

/**
 * Why a save or a workflow step failed: the shared save error, plus a step out of order (the update
 * or its round moved on), which reloading resolves.
 */
export function StepError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <SaveError
      error={error}
      onReload={onReload}
      known={{ step_not_allowed: { message: t('followup.errors.moved'), reload: true } }}
    />
  );
}
