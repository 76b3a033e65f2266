import { useTranslation } from 'react-i18next';
import { SaveError } from '../../app/SaveError';

/** What went wrong with a plan form: the shared save error, plus a code or number already used. */
export function FormError({
  error,
  problem,
  onReload,
}: {
  error: unknown;
  /** A problem found before sending (e.g. a required field left empty); shown instead of `error`. */
  problem?: string | null;
  onReload?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <SaveError
      error={error}
      problem={problem}
      onReload={onReload}
      known={{ conflict: { message: t('plans.form.duplicate') } }}
    />
  );
}
