import { Alert, Button, Card, FileInput, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploadLimit } from '../api/get-upload-limit';
import { formatSize } from './format-size';
import { UPLOAD_ERRORS, useRecordingUpload, type UploadState } from './use-recording-upload';

/** What the file picker offers; the server checks the content when the last byte is in. */
export const VIDEO_ACCEPT = 'video/mp4,video/x-m4v,video/quicktime,video/webm,video/x-matroska,.mp4,.m4v,.mov,.webm,.mkv';

interface FailedAlertProps {
  state: Extract<UploadState, { phase: 'failed' }>;
  /** The server's limit as the UI says it ("4 ГБ"), when it told it. */
  limit: string | null;
}

function FailedAlert({ state, limit }: FailedAlertProps) {
  const { t } = useTranslation();
  const known = UPLOAD_ERRORS.find((code) => code === state.code);
  const message =
    known === 'file_too_large'
      ? limit
        ? t('schedule.recordings.upload.errors.file_too_large', { size: limit })
        : // The refusal's field error names the limit in MB; without it, no size is named.
          (state.fieldMessage ?? t('schedule.recordings.upload.tooLargeNoSize'))
      : known
        ? t(`schedule.recordings.upload.errors.${known}`)
        : (state.detail ?? t('errors.generic'));
  return (
    <Alert color="red" variant="light" title={t('schedule.recordings.upload.failedTitle', { name: state.fileName })} role="alert">
      {message}
    </Alert>
  );
}

/** "Upload a recording" for the program's staff: pick a video, watch it go, pause, resume or give it up. */
export function UploadPanel({ sessionId }: { sessionId: number }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const { state, start, pause, resume, cancel, reset } = useRecordingUpload(sessionId);
  const units = { mb: t('schedule.recordings.mb'), gb: t('schedule.recordings.gb') };
  const size = (bytes: number) => formatSize(bytes, i18n.resolvedLanguage, units);
  const busy = state.phase === 'uploading' || state.phase === 'paused';
  const limitBytes = useUploadLimit().data ?? null;
  const limit = limitBytes === null ? null : size(limitBytes);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="recording-upload-heading">
      <Stack gap="sm">
        <Title order={3} fz="h4" id="recording-upload-heading">
          {t('schedule.recordings.upload.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {limit ? t('schedule.recordings.upload.lead', { size: limit }) : t('schedule.recordings.upload.leadNoSize')}
        </Text>

        {!busy && (
          <Group align="flex-end" gap="sm">
            <FileInput
              label={t('schedule.recordings.upload.file')}
              placeholder={t('schedule.recordings.upload.pick')}
              accept={VIDEO_ACCEPT}
              value={file}
              onChange={(picked) => {
                setFile(picked);
                if (state.phase !== 'idle') reset();
              }}
              clearable
              style={{ flex: '1 1 260px' }}
            />
            <Button
              disabled={!file}
              onClick={() => {
                if (!file) return;
                void start(file);
                setFile(null);
              }}
            >
              {t('schedule.recordings.upload.start')}
            </Button>
          </Group>
        )}

        {busy && (
          <Stack gap="xs">
            <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
              {state.fileName}
            </Text>
            <Progress
              value={state.total > 0 ? (state.loaded / state.total) * 100 : 0}
              size="lg"
              striped={state.phase === 'uploading'}
              animated={state.phase === 'uploading'}
              aria-label={t('schedule.recordings.upload.progressLabel', { name: state.fileName })}
            />
            <Text size="sm" role="status" aria-live="polite">
              {t(state.phase === 'paused' ? 'schedule.recordings.upload.pausedAt' : 'schedule.recordings.upload.progress', {
                loaded: size(state.loaded),
                total: size(state.total),
                percent: state.total > 0 ? Math.floor((state.loaded / state.total) * 100) : 0,
              })}
            </Text>
            <Group gap="sm">
              {state.phase === 'uploading' ? (
                <Button variant="default" onClick={pause}>
                  {t('schedule.recordings.upload.pause')}
                </Button>
              ) : (
                <Button onClick={resume}>{t('schedule.recordings.upload.resume')}</Button>
              )}
              <Button
                variant="subtle"
                color="red"
                onClick={() => {
                  setFile(null);
                  void cancel();
                }}
              >
                {t('schedule.recordings.upload.cancel')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('schedule.recordings.upload.resumeNote')}
            </Text>
          </Stack>
        )}

        {state.phase === 'done' && (
          <Alert color="teal" variant="light" role="status">
            {t('schedule.recordings.upload.done', { name: state.fileName })}
          </Alert>
        )}
        {state.phase === 'failed' && <FailedAlert state={state} limit={limit} />}
      </Stack>
    </Card>
  );
}
