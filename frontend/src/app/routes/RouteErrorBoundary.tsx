import { Button, Container } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { StatusPage } from '../../components/StatusPage';
import { NotFoundRoute } from './NotFoundRoute';

/** Last line of defence for render errors; it renders outside the layout, so it stands alone. */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();

  useEffect(() => {
    console.error(error);
  }, [error]);

  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Container size="md" py="xl" component="main">
        <NotFoundRoute />
      </Container>
    );
  }
  return (
    <Container size="md" py="xl" component="main">
      <StatusPage
        title={t('errors.boundaryTitle')}
        text={t('errors.boundaryText')}
        actions={
          <>
            <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
            <Button component="a" href="/" variant="default">
              {t('errors.goHome')}
            </Button>
          </>
        }
      />
    </Container>
  );
}
