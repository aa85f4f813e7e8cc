import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusPage } from '../../../components/StatusPage';

/** Route `:id` → a positive integer, or NaN. */
export function parseId(value: string | undefined): number {
  return /^\d+$/.test(value ?? '') ? Number(value) : Number.NaN;
}

export function ProgramNotFound({ backTo = '/programs' }: { backTo?: string }) {
  const { t } = useTranslation();
  return (
    <StatusPage
      code="404"
      title={t('catalog.notFoundTitle')}
      text={t('catalog.notFoundText')}
      actions={
        <Button component={Link} to={backTo}>
          {backTo === '/programs' ? t('catalog.backToCatalog') : t('catalog.manage.backToList')}
        </Button>
      }
    />
  );
}
