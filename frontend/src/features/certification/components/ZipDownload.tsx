import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { downloadCertificatesZip, type DownloadProgress } from '../api/download-certificates-zip';
import { saveBlob } from '../../../lib/downloads';

const MB = 1024 * 1024;
const size = (bytes: number) => (bytes / MB).toFixed(1);

/** Downloads every certificate of the program as one ZIP, with a real progress bar (from its Content-Length); it can be cancelled. */
export function ZipDownload({ programId }: { programId: number }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    setError(null);
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ loaded: 0, total: null });
    try {
      const { blob, filename } = await downloadCertificatesZip(programId, setProgress, abort.signal);
      saveBlob(blob, filename);
    } catch (failure) {
      if (!(failure instanceof DOMException && failure.name === 'AbortError')) setError(failure);
    } finally {
      controller.current = null;
      setProgress(null);
    }
  };
  const percent = progress?.total ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : null;

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button variant="default" onClick={() => void start()} loading={progress !== null} h="auto" py={8} styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}>
          {t('certification.zip.button')}
        </Button>
        {progress !== null && (
          <Button variant="subtle" color="gray" onClick={() => controller.current?.abort()}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
      {progress !== null && (
        <Stack gap={4} maw={480}>
          <Progress
            value={percent ?? 100}
            animated={percent === null}
            aria-label={t('certification.zip.progressLabel')}
          />
          <Text size="xs" c="dimmed" aria-live="polite">
            {percent === null
              ? t('certification.zip.receivedOnly', { loaded: size(progress.loaded) })
              : t('certification.zip.received', { loaded: size(progress.loaded), total: size(progress.total ?? 0), percent })}
          </Text>
        </Stack>
      )}
      {Boolean(error) && <ErrorAlert error={error} />}
    </Stack>
  );
}
