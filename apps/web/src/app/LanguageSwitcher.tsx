import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { UI_LOCALES, type UiLocale } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLocale } from '../i18n';
import { dirOf, LOCALE_NAMES } from '../i18n/locale';

/** Each language is offered in its own name, so a reader finds theirs whatever the current one is. */
export function LanguageSwitcher({ variant = 'subtle' }: { variant?: 'subtle' | 'default' }) {
  const { t } = useTranslation();
  const current = currentLocale();
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button
          variant={variant}
          color="dark"
          leftSection={<IconLanguage size={18} aria-hidden />}
          aria-label={`${t('language.label')}: ${LOCALE_NAMES[current]}`}
          px="xs"
        >
          <span lang={current}>{LOCALE_NAMES[current]}</span>
        </Button>
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
