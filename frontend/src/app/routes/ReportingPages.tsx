import { lazy, Suspense } from 'react';
import { Loading } from '../../components/Loading';
import { RequireAuth } from '../../features/identity/components/RequireAuth';

// The reports and their charts load only when someone opens them.
const ProgramReportRoute = lazy(() => import('../../features/reporting/routes/ProgramReportRoute').then((m) => ({ default: m.ProgramReportRoute })));
const ProgramsReportRoute = lazy(() =>
  import('../../features/reporting/routes/ProgramsReportRoute').then((m) => ({ default: m.ProgramsReportRoute })),
);

/** The Reports tab of the workspace (administrators and the program's trainers, as the workspace admits them). */
export function ReportsWorkspaceTab({ program }: { program: { id: number; title: string } }) {
  return <ProgramReportRoute program={{ id: program.id, title: program.title }} />;
}

/** `/admin/reports`: the administrators' report across programs. */
export function ProgramsReportPage() {
  return (
    <RequireAuth role="admin">
      <Suspense fallback={<Loading />}>
        <ProgramsReportRoute />
      </Suspense>
    </RequireAuth>
  );
}
