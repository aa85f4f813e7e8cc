import type { TFunction } from 'i18next';
import { lazy, type ReactNode } from 'react';
import type { ManagedProgram } from '../../features/enrollment/viewer';
import { CertificatesWorkspaceTab } from '../routes/CertificationPages';
import { ReportsWorkspaceTab } from '../routes/ReportingPages';
import type { ManagerViewer } from '../routes/RequireManager';

// Each tab's screen (and the libraries it needs) loads only when someone opens it.
const ProgramEditorRoute = lazy(() =>
  import('../../features/catalog/routes/ProgramEditorRoute').then((m) => ({ default: m.ProgramEditorRoute })),
);
const ApplicationsRoute = lazy(() =>
  import('../../features/enrollment/routes/ApplicationsRoute').then((m) => ({ default: m.ApplicationsRoute })),
);
const QuestionnaireEditorRoute = lazy(() =>
  import('../../features/enrollment/routes/QuestionnaireEditorRoute').then((m) => ({ default: m.QuestionnaireEditorRoute })),
);
const SessionsTab = lazy(() => import('../routes/SchedulePages').then((m) => ({ default: m.SessionsTab })));
const QuestionBankRoute = lazy(() =>
  import('../../features/assessment/routes/QuestionBankRoute').then((m) => ({ default: m.QuestionBankRoute })),
);
const NewQuestionRoute = lazy(() =>
  import('../../features/assessment/routes/QuestionEditorRoute').then((m) => ({ default: m.NewQuestionRoute })),
);
const QuestionEditorRoute = lazy(() =>
  import('../../features/assessment/routes/QuestionEditorRoute').then((m) => ({ default: m.QuestionEditorRoute })),
);
const QuestionImportRoute = lazy(() =>
  import('../../features/assessment/routes/QuestionImportRoute').then((m) => ({ default: m.QuestionImportRoute })),
);
const QuizzesWorkspaceTab = lazy(() => import('../routes/QuizzesWorkspaceTab').then((m) => ({ default: m.QuizzesWorkspaceTab })));
const ParticipantImportRoute = lazy(() =>
  import('../../features/enrollment/routes/ParticipantImportRoute').then((m) => ({ default: m.ParticipantImportRoute })),
);

/** One tab of a program's workspace at `/manage/programs/:id/<path>`. */
export interface WorkspaceTab {
  /** The URL segment after the program's id; '' is the overview at `/manage/programs/:id`. */
  path: string;
  label: (t: TFunction) => string;
  /** Who sees the tab; everyone who may manage the program when absent. */
  visibleTo?: (viewer: ManagerViewer) => boolean;
  render: (program: ManagedProgram, viewer: ManagerViewer) => ReactNode;
  /** Screens under the tab (`<path>/<subpage>`), e.g. an editor opened from its list; the tab stays current there. */
  subpages?: { path: string; render: (program: ManagedProgram, viewer: ManagerViewer) => ReactNode }[];
}

/**
 * The tabs of a program's workspace, in order. A feature that works on one program (sessions,
 * tests, certificates, reports) adds its screen here with one entry.
 */
export const programTabs: WorkspaceTab[] = [
  {
    path: '',
    label: (t) => t('workspace.overview'),
    render: (_program, viewer) => <ProgramEditorRoute viewer={viewer} />,
  },
  {
    path: 'sessions',
    label: (t) => t('workspace.sessions'),
    render: (program) => <SessionsTab programId={program.id} />,
  },
  {
    path: 'applications',
    label: (t) => t('workspace.applications'),
    render: (program, viewer) => <ApplicationsRoute program={program} viewer={viewer} />,
  },
  {
    path: 'questionnaire',
    label: (t) => t('workspace.questionnaire'),
    render: (program) => <QuestionnaireEditorRoute program={program} />,
  },
  {
    path: 'questions',
    label: (t) => t('workspace.questions'),
    render: (program) => <QuestionBankRoute program={program} />,
    subpages: [
      { path: 'new', render: (program) => <NewQuestionRoute program={program} /> },
      { path: 'import', render: (program) => <QuestionImportRoute program={program} /> },
      { path: ':questionId', render: (program) => <QuestionEditorRoute program={program} /> },
    ],
  },
  {
    path: 'tests',
    label: (t) => t('quizzes.tab.label'),
    render: (program) => <QuizzesWorkspaceTab programId={program.id} />,
  },
  {
    path: 'certificates',
    label: (t) => t('workspace.certificates'),
    // administrators manage certificates; trainers read the learners' progress only
    render: (program, viewer) => <CertificatesWorkspaceTab programId={program.id} viewer={viewer} />,
  },
  {
    path: 'reports',
    label: (t) => t('workspace.reports'),
    // administrators and the program's trainers: everyone the workspace admits
    render: (program) => <ReportsWorkspaceTab program={program} />,
  },
  {
    path: 'participant-imports',
    label: (t) => t('workspace.import'),
    visibleTo: (viewer) => viewer.isAdmin,
    render: (program) => <ParticipantImportRoute programTitle={program.title} />,
  },
];
