import { Box, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** Pagination with labelled controls; nothing when everything fits on one page. */
export function Pager({
  total,
  pageSize,
  page,
  onChange,
  label,
}: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <Box component="nav" aria-label={label}>
      <Pagination
        total={pages}
        value={Math.min(page, pages)}
        onChange={onChange}
        siblings={0}
        boundaries={1}
        size="sm"
        getControlProps={(control) => ({ 'aria-label': t(`list.pagination.${control}`) })}
        getItemProps={(p) => ({ 'aria-label': t('list.pagination.page', { n: f.number(p) }) })}
      />
    </Box>
  );
}
