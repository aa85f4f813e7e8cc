import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useRegister } from '../api/get-register';
import { ATTENDANCE_STATUSES, programExportHref, sessionExportHref, type Entry } from '../api/schemas';
import { AccessProblem } from '../components/AccessProblem';
import { BulkMark } from '../components/BulkMark';
import { HistoryDrawer } from '../components/HistoryDrawer';
import { MarkModal } from '../components/MarkModal';
import { RegisterTable } from '../components/RegisterTable';
import { ReportImport } from '../components/ReportImport';
import { sessionIdParam } from '../components/session-id';

interface RegisterRouteProps {
  /** The session's title and program, as `src/app` reads them from the schedule (undefined while loading). */
  session: { title: string; programId: number } | undefined;
}

function ExportLinks({ label, href }: { label: string; href: (format: 'csv' | 'xlsx') => string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Button component="a" href={href('csv')} download size="compact-sm" variant="default">
        CSV
      </Button>
      <Button component="a" href={href('xlsx')} download size="compact-sm" variant="default">
        XLSX
      </Button>
      <Text size="xs" c="dimmed">
        {t('attendance.register.exportHint')}
      </Text>
    </Group>
  );
}

/**
 * `/manage/sessions/:id/attendance`: the session's register for the program's staff. Every admitted
 * participant with their record, changed one by one or picked and marked together, the history of
 * every change, and the register (of the session or the whole program) as CSV and XLSX.
 */
export function RegisterRoute({ session }: RegisterRouteProps) {
  const { t } = useTranslation();
  const sessionId = sessionIdParam(useParams().id);
  const register = useRegister(sessionId);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [editing, setEditing] = useState<Entry | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [bulkRunning, setBulkRunning] = useState(false);

  if (!Number.isInteger(sessionId)) return <AccessProblem status={404} />;
  if (register.isError) return <AccessProblem error={register.error} onRetry={() => void register.refetch()} />;
  if (register.isPending) return <Loading />;

  const entries = register.data;
  const picked = entries.filter((entry) => selected.has(entry.userId));
  const names = new Map(entries.map((entry) => [entry.userId, entry.fullName]));
  const counts = ATTENDANCE_STATUSES.map((status) => ({
    status,
    count: entries.filter((entry) => entry.status === status).length,
  }));
  const unmarked = entries.filter((entry) => entry.status === null).length;

  return (
    <Stack gap="lg">
      <PageTitle mb={0}>{t('attendance.register.title', { title: session?.title ?? '' })}</PageTitle>
      <Group gap="xs" wrap="wrap">
        <Button component={Link} to={`/manage/sessions/${sessionId}/check-in`} variant="light">
          {t('attendance.register.toCheckIn')}
        </Button>
        <Button variant="default" onClick={() => setHistoryOpen(true)} aria-haspopup="dialog">
          {t('attendance.register.history')}
        </Button>
      </Group>
      <Stack gap="xs">
        <ExportLinks label={t('attendance.register.exportSession')} href={(format) => sessionExportHref(sessionId, format)} />
        {session && (
          <ExportLinks
            label={t('attendance.register.exportProgram')}
            href={(format) => programExportHref(session.programId, format)}
          />
        )}
      </Stack>

      {entries.length === 0 ? (
        <Alert variant="light" title={t('attendance.register.empty')}>
          {t('attendance.register.emptyText')}
        </Alert>
      ) : (
        <>
          <Text size="sm" role="status" aria-live="polite">
            {[
              ...counts.map(({ status, count }) => `${t(`attendance.status.${status}`)}: ${count}`),
              `${t('attendance.status.none')}: ${unmarked}`,
            ].join(' · ')}
          </Text>
          <BulkMark
            entries={picked}
            onRunningChange={setBulkRunning}
            onDone={(failed) => setSelected(failed)}
          />
          <RegisterTable
            entries={entries}
            selected={selected}
            onSelectedChange={setSelected}
            onEdit={setEditing}
            busy={bulkRunning}
          />
        </>
      )}
      {entries.length > 0 && <ReportImport sessionId={sessionId} />}
      <MarkModal entry={editing} onClose={() => setEditing(null)} />
      <HistoryDrawer sessionId={sessionId} opened={historyOpen} onClose={() => setHistoryOpen(false)} names={names} />
    </Stack>
  );
}
