import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notify } from '../../app/notify';
import { TitledSection } from '../../app/TitledSection';
import { usePreferences, useSetPreferences } from './api';

/** On the account page: one e-mail per notification, or one daily digest. */
export function DigestPreference() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  const save = useSetPreferences();
  return (
    <TitledSection title={t('notifications.digest.title')} card="md">
      <Switch
        label={t('notifications.digest.label')}
        description={t('notifications.digest.description')}
        checked={preferences.data?.emailDigest ?? false}
        disabled={!preferences.data || save.isPending}
        onChange={(e) =>
          save.mutate(
            { emailDigest: e.currentTarget.checked },
            { onSuccess: () => notify(t('notifications.digest.saved')) },
          )
        }
      />
    </TitledSection>
  );
}
