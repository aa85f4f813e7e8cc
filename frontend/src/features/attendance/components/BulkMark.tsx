import { Alert, Button, Group, Paper, Progress, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useMarkAttendance } from '../api/mark-attendance';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type Entry } from '../api/schemas';

interface BulkMarkProps {
  /** The picked rows, in the register's order. */
  entries: Entry[];
  onRunningChange: (running: boolean) => void;
  /** After a run: the rows that were not changed stay picked. */
  onDone: (failed: Set<number>) => void;
}

interface Outcome {
  done: number;
  total: number;
  failures: { name: string; message: string }[];
}

/**
 * Marks the picked participants one request after another (the API changes one record at a time),
 * keeping their minutes and notes, with the progress shown and each refusal named.
 */
export function BulkMark({ entries, onRunningChange, onDone }: BulkMarkProps) {
  const { t } = useTranslation();
  const mark = useMarkAttendance();
  const [status, setStatus] = useState<AttendanceStatus | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [running, setRunning] = useState(false);

  const run = async (to: AttendanceStatus) => {
    const failed = new Set<number>();
    const failures: Outcome['failures'] = [];
    setRunning(true);
    onRunningChange(true);
    setOutcome({ done: 0, total: entries.length, failures });
    for (const [index, entry] of entries.entries()) {
      try {
        await mark.mutateAsync({
          sessionId: entry.sessionId,
          userId: entry.userId,
          mark: { status: to, minutes: entry.minutes, note: entry.note },
        });
      } catch (error) {
        failed.add(entry.userId);
        failures.push({ name: entry.fullName, message: errorMessage(error, t) });
      }
      setOutcome({ done: index + 1, total: entries.length, failures: [...failures] });
    }
    setRunning(false);
    onRunningChange(false);
    onDone(failed);
  };

  const percent = outcome ? Math.round((outcome.done / Math.max(1, outcome.total)) * 100) : 0;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('attendance.bulk.label')}
            description={t('attendance.bulk.selected', { count: entries.length })}
            placeholder={t('attendance.bulk.placeholder')}
            data={ATTENDANCE_STATUSES.map((value) => ({ value, label: t(`attendance.status.${value}`) }))}
            value={status}
            onChange={(value) => setStatus(ATTENDANCE_STATUSES.find((item) => item === value) ?? null)}
            disabled={running}
            w={{ base: '100%', xs: 260 }}
          />
          <Button onClick={() => status && void run(status)} disabled={!status || entries.length === 0} loading={running}>
            {t('attendance.bulk.apply')}
          </Button>
        </Group>
        {outcome && (
          <Stack gap={4}>
            <Progress value={percent} aria-label={t('attendance.bulk.progressLabel')} animated={running} />
            <Text size="sm" role="status" aria-live="polite">
              {running
                ? t('attendance.bulk.progress', { done: outcome.done, total: outcome.total })
                : t('attendance.bulk.finished', { count: outcome.total - outcome.failures.length })}
            </Text>
          </Stack>
        )}
        {!running && outcome && outcome.failures.length > 0 && (
          <Alert color="red" variant="light" role="alert" title={t('attendance.bulk.failed', { count: outcome.failures.length })}>
            <Stack gap={2}>
              {outcome.failures.map((failure, index) => (
                <Text size="sm" key={index}>
                  {failure.name}: {failure.message}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
