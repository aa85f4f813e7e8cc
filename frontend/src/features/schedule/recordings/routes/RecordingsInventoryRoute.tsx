import { Anchor, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Pager } from '../../../../components/Pager';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { formatDateTime } from '../../../../lib/dates';
import { useSession } from '../../api/get-session';
import { useInventory } from '../api/get-inventory';
import type { Recording } from '../api/schemas';
import { formatSize } from '../components/format-size';

export const INVENTORY_PAGE_SIZE = 50;

/** The session's title once it is known (each session is asked once, however many recordings it has). */
function SessionLink({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const session = useSession(sessionId);
  return (
    <Anchor component={Link} to={`/sessions/${sessionId}`} size="sm">
      {session.data?.title ?? t('schedule.recordings.inventory.sessionNumber', { id: sessionId })}
    </Anchor>
  );
}

function InventoryTable({ recordings }: { recordings: Recording[] }) {
  const { t, i18n } = useTranslation();
  const units = { mb: t('schedule.recordings.mb'), gb: t('schedule.recordings.gb') };
  return (
    <Table.ScrollContainer minWidth={760} className="cards-on-phone">
      <Table striped verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('schedule.recordings.inventory.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('schedule.recordings.inventory.colFile')}</Table.Th>
            <Table.Th scope="col">{t('schedule.recordings.inventory.colSession')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('schedule.recordings.inventory.colSize')}
            </Table.Th>
            <Table.Th scope="col">{t('schedule.recordings.inventory.colDate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recordings.map((recording) => (
            <Table.Tr key={recording.id} data-testid="inventory-row">
              <Table.Th scope="row">
                <Anchor href={recording.url} target="_blank" rel="noopener" size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                  {recording.fileName}
                </Anchor>
              </Table.Th>
              <Table.Td data-label={t('schedule.recordings.inventory.colSession')}>
                <SessionLink sessionId={recording.sessionId} />
              </Table.Td>
              <Table.Td data-label={t('schedule.recordings.inventory.colSize')} style={{ whiteSpace: 'nowrap' }} align="right">
                <Text size="sm">{formatSize(recording.size, i18n.resolvedLanguage, units)}</Text>
              </Table.Td>
              <Table.Td data-label={t('schedule.recordings.inventory.colDate')}>
                <Text size="sm">{formatDateTime(recording.createdAt, i18n.resolvedLanguage)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** `/admin/recordings` (administrators): every recording with its session and size, newest first. */
export function RecordingsInventoryRoute() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('page') ?? '1');
  const page = Number.isInteger(raw) && raw >= 1 ? raw : 1;
  const inventory = useInventory(page - 1, INVENTORY_PAGE_SIZE);
  const items = inventory.data?.items ?? [];
  const pageBytes = items.reduce((sum, recording) => sum + recording.size, 0);
  const units = { mb: t('schedule.recordings.mb'), gb: t('schedule.recordings.gb') };

  return (
    <Stack gap="md">
      <div>
        <PageTitle mb={4}>{t('schedule.recordings.inventory.title')}</PageTitle>
        <Text c="dimmed">{t('schedule.recordings.inventory.lead')}</Text>
      </div>
      {inventory.isError && <ErrorAlert error={inventory.error} onRetry={() => void inventory.refetch()} />}
      {inventory.isPending && <Loading />}
      {inventory.data && (
        <>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('schedule.recordings.inventory.total', {
              n: inventory.data.totalItems,
              size: formatSize(pageBytes, i18n.resolvedLanguage, units),
            })}
          </Text>
          {items.length === 0 ? (
            <Text py="lg">{t('schedule.recordings.inventory.empty')}</Text>
          ) : (
            <div style={{ opacity: inventory.isPlaceholderData ? 0.6 : 1 }} aria-busy={inventory.isFetching}>
              <InventoryTable recordings={items} />
            </div>
          )}
          {inventory.data.totalPages > 1 && (
            <nav aria-label={t('schedule.recordings.inventory.pages')}>
              <Pager
                total={inventory.data.totalPages}
                value={page}
                onChange={(value) => setParams((current) => {
                  current.set('page', String(value));
                  return current;
                })}
              />
            </nav>
          )}
        </>
      )}
    </Stack>
  );
}
