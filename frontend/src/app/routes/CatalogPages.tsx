import { lazy, Suspense } from 'react';
import { RequireAuth } from '../../features/identity/components/RequireAuth';
import { Loading } from '../../components/Loading';
import { ProgramManagementLinks } from './ProgramManagementLinks';
import { RequireManager } from './RequireManager';

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
      <RequireManager>
        {(viewer) => <ProgramEditorRoute viewer={viewer} links={<ProgramManagementLinks isAdmin={viewer.isAdmin} />} />}
      </RequireManager>
    </RequireAuth>
  );
}
