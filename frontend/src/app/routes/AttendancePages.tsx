import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { RequireAuth } from '../../features/identity/components/RequireAuth';
import { useSession } from '../../features/schedule/api/get-session';
import { RequireManager } from './RequireManager';

// The attendance screens load only for those who open them.
const CheckInScreenRoute = lazy(() =>
  import('../../features/attendance/routes/CheckInScreenRoute').then((m) => ({ default: m.CheckInScreenRoute })),
);
const CheckInRoute = lazy(() => import('../../features/attendance/routes/CheckInRoute').then((m) => ({ default: m.CheckInRoute })));
const RegisterRoute = lazy(() =>
  import('../../features/attendance/routes/RegisterRoute').then((m) => ({ default: m.RegisterRoute })),
);

/** The session of the route's `:id` from the schedule: its title and program for the attendance screens. */
function useRouteSession() {
  const raw = useParams().id;
  return useSession(raw && /^\d+$/.test(raw) ? Number(raw) : Number.NaN).data;
}

function CheckInScreenWithTitle() {
  return <CheckInScreenRoute sessionTitle={useRouteSession()?.title} />;
}

function RegisterWithSession() {
  const session = useRouteSession();
  return <RegisterRoute session={session && { title: session.title, programId: session.programId }} />;
}

function CheckInWithTitle() {
  return (
    <Suspense fallback={<Loading />}>
      <CheckInRoute sessionTitle={useRouteSession()?.title} />
    </Suspense>
  );
}

/** `/manage/sessions/:id/check-in`: the code for the projector (administrators and the program's trainers). */
export function CheckInScreenPage() {
  return (
    <RequireAuth>
      <RequireManager>{() => <CheckInScreenWithTitle />}</RequireManager>
    </RequireAuth>
  );
}

/** `/manage/sessions/:id/attendance`: the register (administrators and the program's trainers). */
export function RegisterPage() {
  return (
    <RequireAuth>
      <RequireManager>{() => <RegisterWithSession />}</RequireManager>
    </RequireAuth>
  );
}

/** `/sessions/:id/check-in?code=…`: a learner checks in; signed-out people sign in first and come back with the code. */
export function CheckInPage() {
  return (
    <RequireAuth>
      <CheckInWithTitle />
    </RequireAuth>
  );
}
