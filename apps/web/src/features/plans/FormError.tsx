import { Alert, Button, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, isApiError } from '../../api/client';

/**
 * What went wrong with a save, in the user's language. A stale version (someone else saved first)
 * says so and offers to reload the latest version instead of overwriting it.
 */
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
  if (!error && !problem) return null;
  const stale = !problem && isApiError(error, 'stale_version');
  const conflict = isApiError(error, 'conflict');
  const message = problem
    ? problem
    : stale
      ? t('plans.form.stale')
      : conflict
        ? t('plans.form.duplicate')
        : error instanceof ApiRequestError
          ? error.message
          : t('errors.unexpected');
  return (
    <Alert
      role="alert"
      color={stale ? 'orange' : 'red'}
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
    >
      <Text size="sm" c="dark">
        {message}
      </Text>
      {stale && onReload ? (
        <Button
          mt="sm"
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={onReload}
        >
          {t('plans.form.reload')}
        </Button>
      ) : null}
    </Alert>
  );
}
