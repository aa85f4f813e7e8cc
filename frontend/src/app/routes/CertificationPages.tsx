import { lazy, Suspense } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useProgram } from '../../features/catalog/api/get-program';
import { sortedModules } from '../../features/catalog/api/schemas';
import { ProgressCard } from '../../features/certification/components/ProgressCard';
import { useMyPrograms } from '../../features/enrollment/api/get-my-programs';
import { useMe } from '../../features/identity/api/get-me';
import { RequireAuth } from '../../features/identity/components/RequireAuth';
import { useProgramQuizzes } from '../../features/quizzes/api/get-program-quizzes';
import type { ManagerViewer } from './RequireManager';

const CertificatesTab = lazy(() => import('../../features/certification/routes/CertificatesTab').then((m) => ({ default: m.CertificatesTab })));
const MyCertificatesRoute = lazy(() =>
  import('../../features/certification/routes/MyCertificatesRoute').then((m) => ({ default: m.MyCertificatesRoute })),
);
const VerifyRoute = lazy(() => import('../../features/certification/routes/VerifyRoute').then((m) => ({ default: m.VerifyRoute })));

/** The Certificates tab of the workspace, given the program's modules from the catalog and its tests. */
export function CertificatesWorkspaceTab({ programId, viewer }: { programId: number; viewer: ManagerViewer }) {
  const program = useProgram(programId);
  const quizzes = useProgramQuizzes(programId);
  if (program.isError) return <ErrorAlert error={program.error} onRetry={() => void program.refetch()} />;
  if (quizzes.isError) return <ErrorAlert error={quizzes.error} onRetry={() => void quizzes.refetch()} />;
  if (!program.data || !quizzes.data) return <Loading />;
  const { id, title, modules } = program.data;
  return (
    <CertificatesTab
      viewer={viewer}
      program={{
        id,
        title,
        modules: sortedModules(modules).map((module) => ({ id: module.id, title: module.title })),
        quizzes: quizzes.data.map((quiz) => ({ id: quiz.id, title: quiz.title, moduleId: quiz.moduleId, passMark: quiz.passMark })),
      }}
    />
  );
}

/** On a program's page: the admitted learner's progress toward the certificate, and the certificate. */
export function ProgramProgressSection({ programId }: { programId: number }) {
  const me = useMe();
  const mine = useMyPrograms(Boolean(me.data));
  const program = useProgram(programId);
  const admitted = (mine.data ?? []).some((item) => item.programId === programId && item.status === 'admitted');
  if (!admitted || !program.data) return null;
  return (
    <ProgressCard programId={programId} modules={sortedModules(program.data.modules).map((module) => ({ id: module.id, title: module.title }))} />
  );
}

/** `/my-certificates`: the learner's certificates, for signed-in people only. */
export function MyCertificatesPage() {
  return (
    <RequireAuth>
      <Suspense fallback={<Loading />}>
        <MyCertificatesRoute />
      </Suspense>
    </RequireAuth>
  );
}

/** `/verify` and `/verify/:code`: public, no login. */
export function VerifyPage() {
  return (
    <Suspense fallback={<Loading />}>
      <VerifyRoute />
    </Suspense>
  );
}
