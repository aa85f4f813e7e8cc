import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { isApiError } from '../../../lib/problem';
import { useParticipantImport, useParticipantImportStatus } from '../api/get-participant-import';
import { participantImportQueryKey, participantImportsQueryKey, type ImportView } from '../api/import-schemas';
import { applicationsQueryKey } from '../api/schemas';
import { ImportConfirm } from '../components/ImportConfirm';
import { ImportHistory, ImportStatusBadge } from '../components/ImportHistory';
import { ImportPasswordLinks } from '../components/ImportPasswordLinks';
import { ImportRowsTable } from '../components/ImportRowsTable';
import { ImportSummary } from '../components/ImportSummary';
import { ImportUpload } from '../components/ImportUpload';
import { useImportFormat } from '../components/import-format';

const IMPORT_PARAM = 'import';

const parseId = (raw: string | null | undefined) => (raw && /^\d+$/.test(raw) ? Number(raw) : undefined);

/**
 * `/manage/programs/:id/participant-imports` (administrators): upload a list of participants,
 * check it row by row, confirm it, follow it being applied, and hand password links to the people
 * it created accounts for. The import on screen lives in `?import=<id>`, so reload and shared
 * links keep it.
 */
export function ParticipantImportRoute({ programTitle }: { programTitle?: string }) {
  const { t } = useTranslation();
  const raw = useParams().id;
  const programId = parseId(raw);
  const [params, setParams] = useSearchParams();
  const importId = parseId(params.get(IMPORT_PARAM));
  const detailsRef = useRef<HTMLDivElement>(null);

  const open = (id: number, { scroll }: { scroll: boolean }) => {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set(IMPORT_PARAM, String(id));
      return next;
    });
    if (scroll) window.setTimeout(() => detailsRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 0);
  };

  if (programId === undefined) {
    return (
      <Alert color="gray" variant="light" title={t('enrollment.imports.programNotFound')}>
        <Button component={Link} to="/manage/programs" variant="default" size="sm">
          {t('enrollment.imports.toPrograms')}
        </Button>
      </Alert>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle mb={0} fz="h2">
          {t('enrollment.imports.title')}
        </PageTitle>
        {programTitle && (
          <Text size="lg" fw={600}>
            {programTitle}
          </Text>
        )}
        <Text c="dimmed" maw={820}>
          {t('enrollment.imports.lead')}
        </Text>
      </Stack>

      <ImportUpload programId={programId} onUploaded={(view) => open(view.id, { scroll: true })} />

      <div ref={detailsRef} style={{ scrollMarginTop: 80 }}>
        {importId !== undefined && <ImportDetails key={importId} importId={importId} programId={programId} />}
      </div>

      <ImportHistory programId={programId} currentId={importId} onOpen={(id) => open(id, { scroll: true })} />
    </Stack>
  );
}

function ImportDetails({ importId, programId }: { importId: number; programId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = useParticipantImport(importId);
  const applying = current.data?.status === 'applying';
  const live = useParticipantImportStatus(importId, applying);

  // Once the polled status leaves "applying", read the import again for its result or failure.
  const liveStatus = live.data?.status;
  useEffect(() => {
    if (!applying || liveStatus === undefined || liveStatus === 'applying') return;
    void Promise.all([
      queryClient.invalidateQueries({ queryKey: [...participantImportQueryKey(importId), 'full'] }),
      queryClient.invalidateQueries({ queryKey: participantImportsQueryKey(programId) }),
      queryClient.invalidateQueries({ queryKey: applicationsQueryKey(programId) }),
    ]);
  }, [applying, liveStatus, importId, programId, queryClient]);

  if (isApiError(current.error) && current.error.status === 404) return <ImportNotFound />;
  if (current.isError) return <ErrorAlert error={current.error} onRetry={() => void current.refetch()} />;
  if (current.isPending) return <Loading />;
  const view = current.data;
  if (view.programId !== programId) return <ImportNotFound />;

  const createdAccounts = view.status === 'applied' && (view.result?.accountsCreated ?? 0) > 0;

  return (
    <Stack gap="lg">
      <PreviewHeader view={view} />
      <ImportConfirm view={view} live={applying ? live.data : undefined} />
      {createdAccounts && <ImportPasswordLinks importId={view.id} />}
      {view.rows && (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="import-rows-title">
          <Stack gap="sm">
            <Title order={2} fz="h3" id="import-rows-title">
              {t('enrollment.imports.rows.title')}
            </Title>
            <ImportRowsTable rows={view.rows} applied={view.status === 'applied'} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function PreviewHeader({ view }: { view: ImportView }) {
  const { t } = useTranslation();
  const { formatDateTime } = useImportFormat();
  const headingId = useId();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Group gap="sm" align="center">
            <Title order={2} fz="h3" id={headingId} style={{ wordBreak: 'break-word' }}>
              {t('enrollment.imports.preview.title', { name: view.fileName })}
            </Title>
            <ImportStatusBadge status={view.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('enrollment.imports.preview.uploadedAt', { date: formatDateTime(view.createdAt) })}
          </Text>
        </div>
        <ImportSummary view={view} />
      </Stack>
    </Paper>
  );
}

function ImportNotFound() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" title={t('enrollment.imports.notFoundTitle')}>
      <Text size="sm">{t('enrollment.imports.notFound')}</Text>
    </Alert>
  );
}
