import { Box, type MantineSpacing, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';

/**
 * Pagination with labelled controls; nothing when everything fits on one page. `compact` (the
 * default) shows only the first, current and last pages, in a small size.
 */
export function Pager({
  total,
  pageSize,
  page,
  onChange,
  label,
  compact = true,
  mt,
}: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
  label: string;
  compact?: boolean;
  mt?: MantineSpacing;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <Box component="nav" aria-label={label}>
      <Pagination
        mt={mt}
        total={pages}
        value={Math.min(page, pages)}
        onChange={onChange}
        {...(compact ? { siblings: 0, boundaries: 1, size: 'sm' } : {})}
        getControlProps={(control) => ({ 'aria-label': t(`list.pagination.${control}`) })}
        getItemProps={(p) => ({ 'aria-label': t('list.pagination.page', { n: f.number(p) }) })}
      />
    </Box>
  );
}
