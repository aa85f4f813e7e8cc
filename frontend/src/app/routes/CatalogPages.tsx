import { lazy, Suspense } from 'react';
import { ProgramRoute } from '../../features/catalog/routes/ProgramRoute';
import { ApplyPanel } from '../../features/enrollment/components/ApplyPanel';
import { useMe } from '../../features/identity/api/get-me';
import { RequireAuth } from '../../features/identity/components/RequireAuth';
import { authHref } from '../../features/identity/components/safe-redirect';
import { Loading } from '../../components/Loading';
import { RequireManager } from './RequireManager';
import { UpcomingSessions } from '../../features/schedule/components/UpcomingSessions';
import { ProgramProgressSection } from './CertificationPages';
import { ProgramQuizzesSection } from './QuizPages';

// Management screens (and the drag-and-drop library) load only for those who open them.
const ManageProgramsRoute = lazy(() =>
  import('../../features/catalog/routes/ManageProgramsRoute').then((m) => ({ default: m.ManageProgramsRoute })),
);
const NewProgramRoute = lazy(() =>
  import('../../features/catalog/routes/NewProgramRoute').then((m) => ({ default: m.NewProgramRoute })),
);

/** `/programs/:id`: the catalog's program page, with the viewer's enrollment (apply, or their application) and the upcoming sessions. */
export function ProgramPage() {
  const me = useMe();
  return (
    <ProgramRoute
      enrollment={(program) => (
        <ApplyPanel
          programId={program.id}
          enrollmentOpen={program.enrollmentOpen}
          signedIn={me.isPending ? undefined : Boolean(me.data)}
          loginHref={authHref('/login', `/programs/${program.id}/apply`)}
          signupHref={authHref('/signup', `/programs/${program.id}/apply`)}
        />
      )}
      sessions={(program) => (
        <>
          <ProgramProgressSection programId={program.id} />
          <UpcomingSessions programId={program.id} />
          <ProgramQuizzesSection programId={program.id} />
        </>
      )}
    />
  );
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
