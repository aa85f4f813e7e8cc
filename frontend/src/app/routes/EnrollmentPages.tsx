import { Button } from '@mantine/core';
import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { StatusPage } from '../../components/StatusPage';
import { isApiError } from '../../lib/problem';
import { useProgram } from '../../features/catalog/api/get-program';
import { parseId, ProgramNotFound } from '../../features/catalog/components/ProgramNotFound';
import { ApplyRoute } from '../../features/enrollment/routes/ApplyRoute';
import type { ManagedProgram } from '../../features/enrollment/viewer';
import { RequireAuth } from '../../features/identity/components/RequireAuth';
import { RequireManager } from './RequireManager';

// Management screens load only for those who open them.
const ApplicationsRoute = lazy(() =>
  import('../../features/enrollment/routes/ApplicationsRoute').then((m) => ({ default: m.ApplicationsRoute })),
);
const QuestionnaireEditorRoute = lazy(() =>
  import('../../features/enrollment/routes/QuestionnaireEditorRoute').then((m) => ({
    default: m.QuestionnaireEditorRoute,
  })),
);

/** Composes enrollment with the catalog (for the program's title) behind the sign-in guard. */
function ApplyWithTitle() {
  const raw = useParams().id;
  const program = useProgram(raw && /^\d+$/.test(raw) ? Number(raw) : NaN);
  return <ApplyRoute programTitle={program.data?.title} />;
}

export function ApplyPage() {
  return (
    <RequireAuth>
      <ApplyWithTitle />
    </RequireAuth>
  );
}

/**
 * Reads the program of `:id` from the catalog for an enrollment management screen: only those
 * who may manage the program (its administrators and trainers) get past this.
 */
function WithManagedProgram({ children }: { children: (program: ManagedProgram) => ReactNode }) {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  const program = useProgram(id);
  if (!Number.isInteger(id) || (isApiError(program.error) && program.error.status === 404))
    return <ProgramNotFound backTo="/manage/programs" />;
  if (program.isError) return <ErrorAlert error={program.error} onRetry={() => void program.refetch()} />;
  if (program.isPending) return <Loading />;
  if (!program.data.canEdit) {
    return (
      <StatusPage
        code="403"
        title={t('errors.forbiddenTitle')}
        text={t('enrollment.manage.cannotManage')}
        actions={
          <Button component={Link} to={`/programs/${program.data.id}`}>
            {t('enrollment.backToProgram')}
          </Button>
        }
      />
    );
  }
  return <>{children({ id: program.data.id, title: program.data.title, capacity: program.data.capacity })}</>;
}

/** `/manage/programs/:id/applications`: decisions for administrators, read-only for the program's trainers. */
export function ProgramApplicationsPage() {
  return (
    <RequireAuth>
      <RequireManager>
        {(viewer) => (
          <WithManagedProgram>{(program) => <ApplicationsRoute program={program} viewer={viewer} />}</WithManagedProgram>
        )}
      </RequireManager>
    </RequireAuth>
  );
}

/** `/manage/programs/:id/questionnaire`: the program's own application questions. */
export function QuestionnaireEditorPage() {
  return (
    <RequireAuth>
      <RequireManager>
        {() => <WithManagedProgram>{(program) => <QuestionnaireEditorRoute program={program} />}</WithManagedProgram>}
      </RequireManager>
    </RequireAuth>
  );
}
