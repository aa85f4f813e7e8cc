import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWatchProgress } from '../api/get-watch-progress';
import type { Recording, WatchProgress } from '../api/schemas';
import { useWatchReporting } from './use-watch-reporting';

/** Whole percent, rounded down: 79.9 % watched is not yet the 80 % a program asks for. */
const percentOf = (share: number) => Math.floor(Math.min(1, Math.max(0, share)) * 100 + 1e-9);

/**
 * A recording's player (it seeks: the file answers Range requests). For a participant of the
 * program (the progress endpoint answers them only) it reports what they play and shows how much
 * of the recording they watched and whether that makes up for missing the session.
 */
export function RecordingPlayer({ recording }: { recording: Recording }) {
  const { t } = useTranslation();
  const progress = useWatchProgress(recording.id);
  const handlers = useWatchReporting(recording.id, progress.isSuccess);
  return (
    <Stack gap="xs">
      <video
        src={recording.url}
        controls
        preload="metadata"
        style={{ width: '100%', maxHeight: 480, background: '#000', borderRadius: 8 }}
        aria-label={t('schedule.recordings.player', { name: recording.fileName })}
        {...handlers}
      />
      {progress.isSuccess && <WatchProgressPanel progress={progress.data} fileName={recording.fileName} />}
    </Stack>
  );
}

function WatchProgressPanel({ progress, fileName }: { progress: WatchProgress; fileName: string }) {
  const { t } = useTranslation();
  const watched = percentOf(progress.watchedShare);
  const required = progress.requiredShare === null ? null : percentOf(progress.requiredShare);
  const makeUp = !progress.sessionAttended && (progress.attendedViaRecording || required !== null);
  return (
    <Stack gap={6} data-testid="watch-progress">
      <Progress
        value={watched}
        size="md"
        color={progress.attendedViaRecording ? 'teal' : undefined}
        aria-label={t('schedule.recordings.watch.progressLabel', { name: fileName })}
      />
      <Text size="sm">{t('schedule.recordings.watch.watched', { percent: watched })}</Text>
      {/* Announced when it changes: reaching the share while watching says so. */}
      <div role="status">
        {makeUp &&
          (progress.attendedViaRecording ? (
            <Alert color="teal" variant="light" p="xs">
              <Text size="sm" c="teal.9" fw={600}>
                {t('schedule.recordings.watch.counted')}
              </Text>
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              {t('schedule.recordings.watch.required', { percent: required })}
            </Text>
          ))}
      </div>
    </Stack>
  );
}
