import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { useProgram } from '../../features/catalog/api/get-program';
import { EditableProgram } from '../../features/catalog/components/EditableProgram';
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

const ParticipantImportRoute = lazy(() =>
  import('../../features/enrollment/routes/ParticipantImportRoute').then((m) => ({ default: m.ParticipantImportRoute })),
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
  return (
    <EditableProgram forbiddenText={t('enrollment.manage.cannotManage')}>
      {(program) => children({ id: program.id, title: program.title, capacity: program.capacity })}
    </EditableProgram>
  );
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

/** `/manage/programs/:id/participant-imports`: administrators import participant lists. */
export function ParticipantImportPage() {
  return (
    <RequireAuth role="admin">
      <WithManagedProgram>
        {(program) => (
          <Suspense fallback={<Loading />}>
            <ParticipantImportRoute programTitle={program.title} />
          </Suspense>
        )}
      </WithManagedProgram>
    </RequireAuth>
  );
}
