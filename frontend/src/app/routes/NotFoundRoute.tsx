import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusPage } from '../../components/StatusPage';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <StatusPage
      code="404"
      title={t('errors.notFoundTitle')}
      text={t('errors.notFoundText')}
      actions={
        <Button component={Link} to="/">
          {t('errors.goHome')}
        </Button>
      }
    />
  );
}
