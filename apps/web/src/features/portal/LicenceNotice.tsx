import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TitledSection } from '../../app/TitledSection';

/** The data's open licence (the server's dictionary names the same one: CC BY 4.0). */
export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

export function LicenceNotice() {
  const { t } = useTranslation();
  return (
    <TitledSection title={t('portal.licence.title')} card="md" gap="xs">
      <Text size="sm">
        {t('portal.licence.text')}{' '}
        <Anchor href={LICENCE_URL} rel="license noopener" target="_blank" className="ltr-value">
          CC BY 4.0
        </Anchor>
      </Text>
      <Text size="sm" mt="xs">
        {t('portal.licence.attribution')}
      </Text>
      <Text size="sm" mt="xs" c="dimmed">
        {t('portal.licence.texts')}
      </Text>
    </TitledSection>
  );
}
