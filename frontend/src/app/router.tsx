import type { RouteObject } from 'react-router';
import { CatalogRoute } from '../features/catalog/routes/CatalogRoute';
import { PasswordChangeGate } from '../features/identity/components/PasswordChangeGate';
import { AdminUsersRoute } from '../features/identity/routes/AdminUsersRoute';
import { ChangePasswordRoute } from '../features/identity/routes/ChangePasswordRoute';
import { ForgotPasswordRoute } from '../features/identity/routes/ForgotPasswordRoute';
import { LoginRoute } from '../features/identity/routes/LoginRoute';
import { SetPasswordRoute } from '../features/identity/routes/SetPasswordRoute';
import { SignupRoute } from '../features/identity/routes/SignupRoute';
import { VerifyEmailRoute } from '../features/identity/routes/VerifyEmailRoute';
import { UnsubscribeRoute } from '../features/notifications/routes/UnsubscribeRoute';
import { AppLayout } from './layout/AppLayout';
import { ApiDocsRoute } from './routes/ApiDocsRoute';
import { CheckInPage, CheckInScreenPage, RegisterPage } from './routes/AttendancePages';
import { MyCertificatesPage, VerifyPage } from './routes/CertificationPages';
import { ApplyPage } from './routes/EnrollmentPages';
import { ManageProgramsPage, NewProgramPage, ProgramPage } from './routes/CatalogPages';
import { HomeRoute } from './routes/HomeRoute';
import { MyProgramsRoute } from './routes/MyProgramsRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { OutboxPage } from './routes/NotificationsPages';
import { ProfileRoute } from './routes/ProfileRoute';
import { ProgramsReportPage } from './routes/ReportingPages';
import { AttemptPage, QuizPage } from './routes/QuizPages';
import { RouteErrorBoundary } from './routes/RouteErrorBoundary';
import { MySessionsPage, RecordingsInventoryPage, SessionPage } from './routes/SchedulePages';
import { programTabs } from './workspace/program-tabs';
import { ProgramWorkspace, WorkspaceTabScreen } from './workspace/ProgramWorkspace';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        element: <PasswordChangeGate />,
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'programs', element: <CatalogRoute /> },
          { path: 'programs/:id', element: <ProgramPage /> },
          { path: 'programs/:id/apply', element: <ApplyPage /> },
          { path: 'manage/programs', element: <ManageProgramsPage /> },
          { path: 'manage/programs/new', element: <NewProgramPage /> },
          {
            path: 'manage/programs/:id',
            element: <ProgramWorkspace />,
            children: programTabs.flatMap((tab) => [
              tab.path === ''
                ? { index: true, element: <WorkspaceTabScreen tab={tab} /> }
                : { path: tab.path, element: <WorkspaceTabScreen tab={tab} /> },
              ...(tab.subpages ?? []).map((subpage) => ({
                path: `${tab.path}/${subpage.path}`,
                element: <WorkspaceTabScreen tab={{ ...tab, render: subpage.render }} />,
              })),
            ]),
          },
          { path: 'manage/sessions/:id/check-in', element: <CheckInScreenPage /> },
          { path: 'manage/sessions/:id/attendance', element: <RegisterPage /> },
          { path: 'my-programs', element: <MyProgramsRoute /> },
          { path: 'my-certificates', element: <MyCertificatesPage /> },
          { path: 'my-sessions', element: <MySessionsPage /> },
          // public: anyone checks a certificate by its code (the QR code leads here) or its PDF
          { path: 'verify', element: <VerifyPage /> },
          { path: 'verify/:code', element: <VerifyPage /> },
          { path: 'sessions/:id', element: <SessionPage /> },
          { path: 'quizzes/:id', element: <QuizPage /> },
          { path: 'attempts/:id', element: <AttemptPage /> },
          { path: 'sessions/:id/check-in', element: <CheckInPage /> },
          { path: 'login', element: <LoginRoute /> },
          { path: 'signup', element: <SignupRoute /> },
          { path: 'forgot-password', element: <ForgotPasswordRoute /> },
          { path: 'set-password', element: <SetPasswordRoute /> },
          { path: 'verify-email', element: <VerifyEmailRoute /> },
          { path: 'change-password', element: <ChangePasswordRoute /> },
          { path: 'profile', element: <ProfileRoute /> },
          { path: 'unsubscribe', element: <UnsubscribeRoute /> },
          { path: 'admin/users', element: <AdminUsersRoute /> },
          { path: 'admin/outbox', element: <OutboxPage /> },
          { path: 'admin/recordings', element: <RecordingsInventoryPage /> },
          { path: 'admin/reports', element: <ProgramsReportPage /> },
          { path: 'api-docs', element: <ApiDocsRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
