import { Menu } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { UI_LOCALES, type UiLocale } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLocale } from '../i18n';
import { dirOf, LOCALE_NAMES } from '../i18n/locale';
import { LanguageButton, type LanguageButtonVariant } from './LanguageButton';

/**
 * The language menu (loaded after the page, see LanguageSwitcher). Each language is offered in its
 * own name, so a reader finds theirs whatever the current one is.
 */
export function LanguageMenu({
  variant,
  defaultOpened,
}: {
  variant: LanguageButtonVariant;
  defaultOpened: boolean;
}) {
  const { t } = useTranslation();
  const current = currentLocale();
  return (
    <Menu position="bottom-end" withinPortal shadow="md" defaultOpened={defaultOpened}>
      <Menu.Target>
        <LanguageButton variant={variant} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {UI_LOCALES.map((locale: UiLocale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            dir={dirOf(locale)}
            aria-current={locale === current ? 'true' : undefined}
            rightSection={locale === current ? <IconCheck size={16} aria-hidden /> : null}
            onClick={() => void chooseLanguage(locale)}
          >
            {LOCALE_NAMES[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
