import { Pagination, type PaginationProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's pagination with names on its arrow buttons (first, previous, next, last), which have
 * only icons (without them a screen reader announces nameless buttons), and "page N" on the
 * numbered ones. Every list pages with this.
 */
export function Pager(props: PaginationProps) {
  const { t } = useTranslation();
  return (
    <Pagination
      {...props}
      getControlProps={(control) => ({ 'aria-label': t(`common.page.${control}`) })}
      getItemProps={(page) => ({ 'aria-label': t('common.page.number', { page }) })}
    />
  );
}
