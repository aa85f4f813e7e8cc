import { Button } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusPage } from '../../components/StatusPage';
import { hasRole, useMe } from '../../features/identity/api/get-me';
import { RequireAuth } from '../../features/identity/components/RequireAuth';
import { Loading } from '../../components/Loading';
import type { CatalogViewer } from '../../features/catalog/viewer';

// Management screens (and the drag-and-drop library) load only for those who open them.
const ManageProgramsRoute = lazy(() =>
  import('../../features/catalog/routes/ManageProgramsRoute').then((m) => ({ default: m.ManageProgramsRoute })),
);
const NewProgramRoute = lazy(() =>
  import('../../features/catalog/routes/NewProgramRoute').then((m) => ({ default: m.NewProgramRoute })),
);
const ProgramEditorRoute = lazy(() =>
  import('../../features/catalog/routes/ProgramEditorRoute').then((m) => ({ default: m.ProgramEditorRoute })),
);

/** Composes catalog management with identity: who is signed in and with which roles. */
function RequireManager({ children }: { children: (viewer: CatalogViewer) => ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const viewer: CatalogViewer = { isAdmin: hasRole(me.data, 'admin'), isTrainer: hasRole(me.data, 'trainer') };
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

export function ManageProgramsPage() {
  return (
    <RequireAuth>
      <RequireManager>{(viewer) => <ManageProgramsRoute viewer={viewer} />}</RequireManager>
    </RequireAuth>
  );
}

export function NewProgramPage() {
  return (
    <RequireAuth role="admin">
      <Suspense fallback={<Loading />}>
        <NewProgramRoute />
      </Suspense>
    </RequireAuth>
  );
}

export function ProgramEditorPage() {
  return (
    <RequireAuth>
      <RequireManager>{(viewer) => <ProgramEditorRoute viewer={viewer} />}</RequireManager>
    </RequireAuth>
  );
}
