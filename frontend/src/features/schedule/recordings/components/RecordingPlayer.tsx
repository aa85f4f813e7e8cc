import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlayback } from '../api/get-playback';
import { useWatchProgress } from '../api/get-watch-progress';
import type { Recording, WatchProgress } from '../api/schemas';
import { useWatchReporting } from './use-watch-reporting';

/** Whole percent, rounded down: 79.9 % watched is not yet the 80 % a program asks for. */
const percentOf = (share: number) => Math.floor(Math.min(1, Math.max(0, share)) * 100 + 1e-9);

/** A new URL is asked for this long before the one playing expires. */
const RENEW_BEFORE_EXPIRY_MS = 60_000;
/** setTimeout's longest delay; a longer wait would fire at once. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * Plays from the URL the server gives (`usePlayback`): a signed one nginx serves by itself, or the
 * file endpoint. A signed URL is replaced shortly before it expires, and when the video stops with an
 * error (nginx's 410 or 403 reach a `<video>` only as an error) once until the new one loads; either
 * way the video goes on from where it was, playing if it was.
 */
function usePlaybackSource(recording: Recording) {
  const playback = usePlayback(recording.id);
  const video = useRef<HTMLVideoElement>(null);
  const resume = useRef<{ time: number; playing: boolean } | null>(null);
  const renewedAfterError = useRef(false);
  const { refetch } = playback;
  const expiresAt = playback.data?.expiresAt ?? null;

  const renew = useCallback(() => {
    const element = video.current;
    if (element && (element.currentTime > 0 || !element.paused)) {
      resume.current = { time: element.currentTime, playing: !element.paused };
    }
    void refetch();
  }, [refetch]);

  useEffect(() => {
    if (expiresAt === null) return;
    const wait = Math.min(MAX_TIMEOUT_MS, Math.max(0, Date.parse(expiresAt) - Date.now() - RENEW_BEFORE_EXPIRY_MS));
    const timer = setTimeout(renew, wait);
    return () => clearTimeout(timer);
  }, [expiresAt, renew]);

  return {
    ref: video,
    // Were the server not to answer, the file endpoint still plays for whoever may watch.
    src: playback.data?.url ?? (playback.isError ? recording.url : undefined),
    onLoadedMetadata: (event: SyntheticEvent<HTMLVideoElement>) => {
      renewedAfterError.current = false;
      const at = resume.current;
      resume.current = null;
      if (!at) return;
      const element = event.currentTarget;
      element.currentTime = at.time;
      // The browser may refuse to play without a gesture; the viewer then presses play at the same place.
      if (at.playing) void element.play()?.catch(() => {});
    },
    onError: () => {
      if (expiresAt === null || renewedAfterError.current) return;
      renewedAfterError.current = true;
      renew();
    },
  };
}

/**
 * A recording's player (it seeks: the file answers Range requests). For a participant of the
 * program (the progress endpoint answers them only) it reports what they play and shows how much
 * of the recording they watched and whether that makes up for missing the session.
 */
export function RecordingPlayer({ recording }: { recording: Recording }) {
  const { t } = useTranslation();
  const progress = useWatchProgress(recording.id);
  const handlers = useWatchReporting(recording.id, progress.isSuccess);
  const source = usePlaybackSource(recording);
  return (
    <Stack gap="xs">
      <video
        controls
        preload="metadata"
        style={{ width: '100%', maxHeight: 480, background: '#000', borderRadius: 8 }}
        aria-label={t('schedule.recordings.player', { name: recording.fileName })}
        {...handlers}
        {...source}
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
