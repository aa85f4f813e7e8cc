import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { useSessionRecordings } from '../api/get-session-recordings';
import { RecordingsList } from '../components/RecordingsList';
import { UploadPanel } from '../components/UploadPanel';

interface SessionRecordingsProps {
  sessionId: number;
  /** The program's staff (administrators and its trainers) upload and remove; `src/app` knows from the catalog. */
  canManage: boolean;
}

/**
 * The recordings section of a session's page: upload and removal for the program's staff, the
 * players for its participants. The server lists nothing for anyone else, and then nothing shows.
 */
export function SessionRecordings({ sessionId, canManage }: SessionRecordingsProps) {
  const { t } = useTranslation();
  const query = useSessionRecordings(sessionId);
  const recordings = query.data ?? [];
  if (!canManage && recordings.length === 0 && !query.isError) return null;

  return (
    <section aria-labelledby="recordings-heading">
      <Title order={2} fz="h3" id="recordings-heading" mb="xs">
        {t('schedule.recordings.title')}
      </Title>
      <Stack gap="md">
        {canManage && <UploadPanel sessionId={sessionId} />}
        {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
        {query.isPending && <Loading />}
        {query.isSuccess &&
          (recordings.length === 0 ? (
            <Text c="dimmed">{t('schedule.recordings.none')}</Text>
          ) : (
            <RecordingsList recordings={recordings} canDelete={canManage} />
          ))}
      </Stack>
    </section>
  );
}
