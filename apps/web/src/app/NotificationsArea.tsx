import { Notifications } from '@mantine/notifications';

/**
 * Where confirmations appear. A module of its own so that App can load it after the page: the
 * component (and its transition and scroll-lock libraries) is not part of the first load, while
 * `notify` (the store it shows) stays small.
 */
export function NotificationsArea() {
  return <Notifications position="top-center" />;
}
