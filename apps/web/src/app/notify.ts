import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n';

/** A short confirmation or warning; the close button is labelled for screen readers. */
export function notify(message: string, options: { color?: string; id?: string } = {}): void {
  notifications.show({
    ...options,
    message,
    withBorder: true,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
