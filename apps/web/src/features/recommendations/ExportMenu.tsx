import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { EXPORT_FORMATS, type ExportFormat } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { type Query, toQueryString } from '../../api/client';

/** The export takes the list's query without paging: every row the list would show. */
export function exportHref(format: ExportFormat, query: Query): string {
  const { page: _page, pageSize: _pageSize, ...rest } = query;
  return `/api/v1/exports/recommendations.${format}${toQueryString(rest)}`;
}

/**
 * Download of the filtered list as CSV, Excel or Tatabbu exchange JSON. Plain links: the browser
 * streams the file to disk, so a large export never sits in the page's memory.
 */
export function ExportMenu({ query, total }: { query: Query; total: number | undefined }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          disabled={total === 0}
        >
          {t('list.export.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('list.export.hint', { count: total ?? 0 })}</Menu.Label>
        {EXPORT_FORMATS.map((format) => (
          <Menu.Item key={format} component="a" href={exportHref(format, query)} download>
            {t(`list.export.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
