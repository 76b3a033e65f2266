import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import './portal.css';

/** The portal's sections; wraps onto a second line on a phone rather than scrolling sideways. */
export function PortalNav() {
  const { t } = useTranslation();
  const links = [
    { to: '/recommendations', label: t('nav.recommendations') },
    { to: '/sdgs', label: t('portal.nav.sdgs') },
    { to: '/mechanisms', label: t('portal.nav.mechanisms') },
    { to: '/plans', label: t('plans.nav') },
    { to: '/summary', label: t('dashboard.summary.nav') },
    { to: '/open-data', label: t('portal.nav.openData') },
  ];
  return (
    <Group component="ul" gap="md" className="portal-plain-list">
      {links.map((link) => (
        <li key={link.to}>
          <Anchor component={NavLink} to={link.to} fw={600}>
            {link.label}
          </Anchor>
        </li>
      ))}
    </Group>
  );
}
