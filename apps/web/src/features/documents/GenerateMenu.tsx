import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileText } from '@tabler/icons-react';
import { canGenerateDocument, type DocumentKind } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../../api/hooks';
import { actorOf } from '../users/roles';

const FROM_LIST = ['matrix', 'report'] as const;

/**
 * The recommendation list's "Generate" entry (the list shows it in the workspace only): opens the reports page with the
 * list's query, the matrix or the report preselected.
 */
export function GenerateMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (!me.data) return null;
  const actor = actorOf(me.data);
  const kinds = FROM_LIST.filter((k) => canGenerateDocument(actor, k));
  if (kinds.length === 0) return null;
  const params = new URLSearchParams(location.search);
  for (const key of ['page', 'pageSize', 'sort']) params.delete(key);
  const href = (kind: DocumentKind) => {
    params.set('kind', kind);
    return `/app/reports?${params.toString()}`;
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconFileText size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t('documents.listMenu.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {kinds.map((kind) => (
          <Menu.Item key={kind} component={Link} to={href(kind)}>
            {t(`documents.listMenu.${kind}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
