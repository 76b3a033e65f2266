import { Anchor, Group } from '@mantine/core';
import { IconList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way back to the list of imports, above a job or the new-import form. */
export function BackToImports() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/app/imports" size="sm">
      <Group gap={4} component="span">
        <IconList size={16} aria-hidden />
        {t('imports.back')}
      </Group>
    </Anchor>
  );
}
