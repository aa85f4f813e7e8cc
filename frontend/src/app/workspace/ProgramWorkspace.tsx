import { Anchor, Box, Button, Stack } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useOutletContext } from 'react-router';
import { Loading } from '../../components/Loading';
import { StatusPage } from '../../components/StatusPage';
import { EditableProgram } from '../../features/catalog/components/EditableProgram';
import type { ManagedProgram } from '../../features/enrollment/viewer';
import { RequireAuth } from '../../features/identity/components/RequireAuth';
import { RequireManager, type ManagerViewer } from '../routes/RequireManager';
import { programTabs, type WorkspaceTab } from './program-tabs';

interface WorkspaceContext {
  program: ManagedProgram;
  viewer: ManagerViewer;
}

/**
 * `/manage/programs/:id/*`: one place per program for those who manage it, with a tab per screen
 * (see `program-tabs.tsx`). The program is read once here; each tab gets it from the outlet.
 */
export function ProgramWorkspace() {
  const { t } = useTranslation();
  return (
    <RequireAuth>
      <RequireManager>
        {(viewer) => (
          <EditableProgram forbiddenText={t('workspace.cannotManage')}>
            {(program) => (
              <Stack gap="md">
                <Anchor component={Link} to="/manage/programs" size="sm">
                  ← {t('catalog.manage.backToList')}
                </Anchor>
                <WorkspaceTabs programId={program.id} viewer={viewer} />
                <Suspense fallback={<Loading />}>
                  <Outlet
                    context={
                      {
                        program: { id: program.id, title: program.title, capacity: program.capacity },
                        viewer,
                      } satisfies WorkspaceContext
                    }
                  />
                </Suspense>
              </Stack>
            )}
          </EditableProgram>
        )}
      </RequireManager>
    </RequireAuth>
  );
}

/** The links between a program's screens; scrolls sideways on a narrow screen rather than wrapping. */
function WorkspaceTabs({ programId, viewer }: { programId: number; viewer: ManagerViewer }) {
  const { t } = useTranslation();
  return (
    <Box component="nav" aria-label={t('workspace.label')} className="workspace-tabs">
      <ul>
        {programTabs
          .filter((tab) => !tab.visibleTo || tab.visibleTo(viewer))
          .map((tab) => (
            <li key={tab.path}>
              <NavLink to={`/manage/programs/${programId}${tab.path && `/${tab.path}`}`} end={!tab.subpages} className="workspace-tab">
                {tab.label(t)}
              </NavLink>
            </li>
          ))}
      </ul>
    </Box>
  );
}

/** One tab's screen, or a 403 for a viewer the tab is not for. */
export function WorkspaceTabScreen({ tab }: { tab: WorkspaceTab }) {
  const { t } = useTranslation();
  const { program, viewer } = useOutletContext<WorkspaceContext>();
  if (tab.visibleTo && !tab.visibleTo(viewer)) {
    return (
      <StatusPage
        code="403"
        title={t('errors.forbiddenTitle')}
        text={t('errors.forbiddenText')}
        actions={
          <Button component={Link} to={`/manage/programs/${program.id}`}>
            {t('workspace.overview')}
          </Button>
        }
      />
    );
  }
  return <>{tab.render(program, viewer)}</>;
}
