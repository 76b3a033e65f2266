import { Alert, Button, List, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, isApiError } from '../../api/client';
import { isolate, useFormat } from '../../i18n/format';

interface StaleDetails {
  updatedBy?: string | null;
  updatedAt?: string | null;
}
interface Issues {
  issues?: { path: string; message: string }[];
}

/**
 * Why a save or a workflow step failed. Someone else's newer version says who and when and offers
 * to reload (nothing is overwritten); a step out of order and refused input say so plainly.
 */
export function StepError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!error) return null;
  const stale = isApiError(error, 'stale_version');
  const moved = isApiError(error, 'step_not_allowed');
  let message: string;
  if (stale) {
    const d = ((error as ApiRequestError).details ?? {}) as StaleDetails;
    message = d.updatedBy
      ? t('followup.errors.staleBy', { name: isolate(d.updatedBy), time: isolate(f.dateTime(d.updatedAt)) })
      : t('followup.errors.stale', { time: isolate(f.dateTime(d.updatedAt)) });
  } else if (moved) {
    message = t('followup.errors.moved');
  } else {
    message = error instanceof ApiRequestError ? error.message : t('errors.unexpected');
  }
  const issues = isApiError(error, 'validation_failed')
    ? ((((error as ApiRequestError).details ?? {}) as Issues).issues ?? [])
    : [];
  return (
    <Alert
      role="alert"
      color={stale || moved ? 'orange' : 'red'}
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
      {stale || moved ? (
        <Button
          mt="sm"
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={onReload}
        >
          {t('followup.errors.reload')}
        </Button>
      ) : null}
    </Alert>
  );
}
