import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { StatusPage } from '../../../components/StatusPage';
import { hasRole, useMe } from '../api/get-me';
import type { Role } from '../api/schemas';
import { authHref } from './safe-redirect';

/**
 * Route guard: anonymous visitors go to the sign-in page (and come back afterwards);
 * signed-in people without the role see a friendly 403 page. The server enforces the same rules.
 */
export function RequireAuth({ role, children }: { role?: Role; children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    return <Navigate to={authHref('/login', `${location.pathname}${location.search}${location.hash}`)} replace />;
  }
  if (role && !hasRole(me.data, role)) {
    return (
      <StatusPage
        code="403"
        title={t('errors.forbiddenTitle')}
        text={t('errors.forbiddenText')}
        actions={
          <Button component={Link} to="/">
            {t('errors.goHome')}
          </Button>
        }
      />
    );
  }
  return <>{children}</>;
}
