import { Button } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { StatusPage } from '../../components/StatusPage';
import { hasRole, useMe } from '../../features/identity/api/get-me';

/** Who is looking at a management screen; each feature's own viewer type has this shape. */
export interface ManagerViewer {
  isAdmin: boolean;
  isTrainer: boolean;
}

/**
 * Management screens are for administrators and trainers; others see a friendly 403. Goes inside
 * `RequireAuth`. The lazily loaded screen suspends here, below the guard.
 */
export function RequireManager({ children }: { children: (viewer: ManagerViewer) => ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const viewer: ManagerViewer = { isAdmin: hasRole(me.data, 'admin'), isTrainer: hasRole(me.data, 'trainer') };
  if (!viewer.isAdmin && !viewer.isTrainer) {
    return (
      <StatusPage
        code="403"
        title={t('errors.forbiddenTitle')}
        text={t('catalog.manage.forbiddenText')}
        actions={
          <Button component={Link} to="/programs">
            {t('catalog.backToCatalog')}
          </Button>
        }
      />
    );
  }
  return <Suspense fallback={<Loading />}>{children(viewer)}</Suspense>;
}
