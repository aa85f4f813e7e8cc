import { Alert, Anchor, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { previewCertificateDesign } from '../api/preview-certificate-design';
import { savedPreviewUrl, type CertificateDesignRequest } from '../api/schemas';

const PREVIEW_DEBOUNCE_MS = 800;

/**
 * The draft as the server renders it (a sample learner), refreshed a moment after the last change:
 * POST preview.pdf → a blob URL in an iframe. A bad draft shows the server's reason instead.
 */
export function DesignPreview({ programId, draft }: { programId: number; draft: CertificateDesignRequest }) {
  const { t } = useTranslation();
  const [json] = useDebouncedValue(JSON.stringify(draft), PREVIEW_DEBOUNCE_MS);
  const preview = useQuery({
    queryKey: ['certification', 'preview', programId, json],
    queryFn: ({ signal }) => previewCertificateDesign(programId, JSON.parse(json) as CertificateDesignRequest, signal),
    placeholderData: keepPreviousData,
    gcTime: 0,
    retry: false,
  });
  const url = useObjectUrl(preview.data);
  const loading = preview.isFetching;
  const error = preview.isError ? preview.error : null;

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs">
        <Text fw={600}>{t('certification.design.preview')}</Text>
        <Group gap={6} role="status" aria-live="polite">
          {loading && (
            <>
              <Loader size="xs" />
              <Text size="xs" c="dimmed">
                {t('certification.design.previewUpdating')}
              </Text>
            </>
          )}
        </Group>
      </Group>
      {Boolean(error) && (
        <Alert color="red" variant="light" role="alert" title={t('certification.design.previewFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      <Paper withBorder h={{ base: 460, lg: 640 }} style={{ overflow: 'hidden' }}>
        {url ? (
          // the whole page in the frame's width, without the viewer's thumbnails
          <iframe src={`${url}#view=FitH&navpanes=0`} title={t('certification.design.previewFrame')} style={{ width: '100%', height: '100%', border: 0 }} />
        ) : (
          <Stack h="100%" align="center" justify="center">
            {loading ? <Loader /> : <Text c="dimmed">{t('certification.design.previewEmpty')}</Text>}
          </Stack>
        )}
      </Paper>
      <Group gap="md">
        {/* phones' browsers rarely show a PDF inside a page: the draft opens in a tab of its own */}
        {url && (
          <Anchor href={url} target="_blank" rel="noopener" size="sm">
            {t('certification.design.openPreview')}
          </Anchor>
        )}
        <Anchor href={savedPreviewUrl(programId)} target="_blank" rel="noopener" size="sm">
          {t('certification.design.savedPreview')}
        </Anchor>
      </Group>
    </Stack>
  );
}

/** A blob as an object URL for as long as it is shown. */
function useObjectUrl(blob: Blob | undefined): string | null {
  const url = useMemo(() => (blob && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : null), [blob]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  return url;
}
