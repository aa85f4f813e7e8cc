import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { CheckInButton, SessionStaffLinks } from '../../features/attendance/components/SessionLinks';
import { useProgram } from '../../features/catalog/api/get-program';
import { sortedModules } from '../../features/catalog/api/schemas';
import { useMyPrograms } from '../../features/enrollment/api/get-my-programs';
import { useMe } from '../../features/identity/api/get-me';
import { RequireAuth } from '../../features/identity/components/RequireAuth';
import { RecordingsInventoryRoute } from '../../features/schedule/recordings/routes/RecordingsInventoryRoute';
import { SessionRecordings } from '../../features/schedule/recordings/routes/SessionRecordings';
import { MySessionsRoute } from '../../features/schedule/routes/MySessionsRoute';
import { SessionRoute } from '../../features/schedule/routes/SessionRoute';
import { SessionsRoute } from '../../features/schedule/routes/SessionsRoute';

/** The Sessions tab of the workspace, given the program's modules and dates from the catalog. */
export function SessionsTab({ programId }: { programId: number }) {
  const program = useProgram(programId);
  if (!program.data) return <Loading />;
  const { id, title, startsOn, endsOn, modules } = program.data;
  return (
    <SessionsRoute
      program={{ id, title, startsOn, endsOn, modules: sortedModules(modules).map((module) => ({ id: module.id, title: module.title })) }}
      sessionLinks={(session) => <SessionStaffLinks sessionId={session.id} title={session.title} />}
    />
  );
}

/** "Module 2. Title · Program" above a session's title, linking to the program's page. */
function SessionContext({ programId, moduleId }: { programId: number; moduleId: number }) {
  const { t } = useTranslation();
  const program = useProgram(programId);
  if (!program.data) return null;
  const modules = sortedModules(program.data.modules);
  const index = modules.findIndex((module) => module.id === moduleId);
  const module = modules[index];
  return (
    <Text size="sm">
      {module && `${t('schedule.tab.moduleHeading', { n: index + 1, title: module.title })} · `}
      <Anchor component={Link} to={`/programs/${programId}`}>
        {program.data.title}
      </Anchor>
    </Text>
  );
}

/** The admitted programs of the signed-in person (none for a visitor), by id. */
function useAdmittedPrograms() {
  const me = useMe();
  const mine = useMyPrograms(Boolean(me.data));
  const admitted = new Map((mine.data ?? []).filter((item) => item.status === 'admitted').map((item) => [item.programId, item.title]));
  const known = !me.isPending && (!me.data || mine.isSuccess);
  return { admitted, known };
}

/** The session's recordings; the catalog says whether the viewer is the program's staff (`canEdit`). */
function Recordings({ sessionId, programId }: { sessionId: number; programId: number }) {
  const program = useProgram(programId);
  return <SessionRecordings sessionId={sessionId} canManage={program.data?.canEdit ?? false} />;
}

/** `/admin/recordings`: the administrators' inventory of recordings. */
export function RecordingsInventoryPage() {
  return (
    <RequireAuth role="admin">
      <RecordingsInventoryRoute />
    </RequireAuth>
  );
}

/** `/sessions/:id`: the schedule's page, with its program from the catalog and the viewer's admission from enrollment. */
export function SessionPage() {
  const { admitted, known } = useAdmittedPrograms();
  return (
    <SessionRoute
      context={(session) => <SessionContext programId={session.programId} moduleId={session.moduleId} />}
      isParticipant={(programId) => (known ? admitted.has(programId) : undefined)}
      participantActions={(session) => (
        <CheckInButton
          sessionId={session.id}
          startsAt={session.startsAt}
          endsAt={session.endsAt}
          cancelled={session.status === 'cancelled'}
        />
      )}
      sections={(session) => <Recordings sessionId={session.id} programId={session.programId} />}
    />
  );
}

function MySessionsWithTitles() {
  const { admitted } = useAdmittedPrograms();
  return <MySessionsRoute programTitle={(programId) => admitted.get(programId)} />;
}

/** `/my-sessions`: the signed-in person's schedule. */
export function MySessionsPage() {
  return (
    <RequireAuth>
      <MySessionsWithTitles />
    </RequireAuth>
  );
}
