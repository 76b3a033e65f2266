import { Alert, Button, List, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/client';
import { isolate, useFormat } from '../i18n/format';

interface StaleDetails {
  updatedBy?: string | null;
  updatedAt?: string | null;
}
interface Issues {
  issues?: { path: string; message: string }[];
}

/** How a feature words one error code of its own (from the error if need be), and whether reloading is the way out. */
export interface KnownError {
  message: string | ((error: ApiRequestError) => string);
  reload?: boolean;
}

/**
 * Why a save failed, in the user's language. Someone else's newer version (HTTP 409) says who
 * changed it and when, and offers to reload (nothing is overwritten); refused input lists what was
 * wrong. `known` words a feature's own error codes (a step out of order, a duplicate code) or
 * rewords the common ones.
 */
export function SaveError({
  error,
  problem,
  onReload,
  reloading = false,
  reloadLabel,
  known = {},
}: {
  error: unknown;
  /** A problem found before sending (e.g. a required field left empty); shown instead of `error`. */
  problem?: string | null;
  onReload?: (() => void) | undefined;
  /** The reload is under way. */
  reloading?: boolean;
  reloadLabel?: string;
  known?: Record<string, KnownError>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!error && !problem) return null;
  const apiError = !problem && error instanceof ApiRequestError ? error : null;
  const stale = apiError?.code === 'stale_version';
  const own = apiError ? known[apiError.code] : undefined;
  let message: string;
  if (problem) {
    message = problem;
  } else if (apiError && own) {
    message = typeof own.message === 'string' ? own.message : own.message(apiError);
  } else if (stale) {
    const d = (apiError?.details ?? {}) as StaleDetails;
    const time = isolate(f.dateTime(d.updatedAt));
    message = d.updatedBy
      ? t('errors.staleBy', { name: isolate(d.updatedBy), time })
      : t('errors.stale', { time });
  } else {
    message = apiError?.message ?? t('errors.unexpected');
  }
  const reload = stale || Boolean(own?.reload);
  const issues =
    apiError?.code === 'validation_failed' ? (((apiError.details ?? {}) as Issues).issues ?? []) : [];
  return (
    <Alert
      role="alert"
      color={reload ? 'orange' : 'red'}
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
    >
      <Text size="sm" c="dark">
        {message}
      </Text>
      {issues.length ? (
        <List size="sm" mt={4}>
          {issues.map((issue) => (
            <List.Item key={`${issue.path}-${issue.message}`}>
              <span className="ltr-value">{issue.path}</span>: {issue.message}
            </List.Item>
          ))}
        </List>
      ) : null}
      {reload && onReload ? (
        <Button
          mt="sm"
          size="xs"
          variant="default"
          loading={reloading}
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={onReload}
        >
          {reloadLabel ?? t('errors.reload')}
        </Button>
      ) : null}
    </Alert>
  );
}
