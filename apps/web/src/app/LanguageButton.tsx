import { Button, type ButtonProps } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { LOCALE_NAMES } from '../i18n/locale';

export type LanguageButtonVariant = 'subtle' | 'default';

/** The button naming the current language; it opens the language menu. */
export const LanguageButton = forwardRef<
  HTMLButtonElement,
  { variant: LanguageButtonVariant; onClick?: () => void } & Pick<ButtonProps, 'loading'>
>(function LanguageButton({ variant, ...rest }, ref) {
  const { t } = useTranslation();
  const current = currentLocale();
  return (
    <Button
      ref={ref}
      variant={variant}
      color="dark"
      leftSection={<IconLanguage size={18} aria-hidden />}
      aria-label={`${t('language.label')}: ${LOCALE_NAMES[current]}`}
      px="xs"
      {...rest}
    >
      <span lang={current}>{LOCALE_NAMES[current]}</span>
    </Button>
  );
});
