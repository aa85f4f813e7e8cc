import { Drawer, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { formatDateTime } from '../../../lib/dates';
import { useHistory } from '../api/get-history';
import type { AttendanceSource, AttendanceStatus, Change } from '../api/schemas';
import { statusLabel } from './AttendanceStatusBadge';

interface HistoryDrawerProps {
  sessionId: number;
  opened: boolean;
  onClose: () => void;
  /** Names of the participants by user id (the history names people only by id). */
  names: ReadonlyMap<number, string>;
}

/** Every change of the register, newest first: whose, when, from what to what, how and by whom. */
export function HistoryDrawer({ sessionId, opened, onClose, names }: HistoryDrawerProps) {
  const { t } = useTranslation();
  const history = useHistory(sessionId, opened);
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="md" title={t('attendance.history.title')}>
      {history.isError ? (
        <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : history.isPending ? (
        <Loading />
      ) : history.data.length === 0 ? (
        <Text c="dimmed">{t('attendance.history.empty')}</Text>
      ) : (
        <List spacing="md" listStyleType="none" p={0} aria-label={t('attendance.history.title')}>
          {history.data.map((change, index) => (
            <List.Item key={`${change.changedAt}-${change.userId}-${index}`} data-testid="history-item">
              <ChangeLine change={change} names={names} />
            </List.Item>
          ))}
        </List>
      )}
    </Drawer>
  );
}

function ChangeLine({ change, names }: { change: Change; names: ReadonlyMap<number, string> }) {
  const { t, i18n } = useTranslation();
  const status = (value: AttendanceStatus | null, minutes: number | null, source: AttendanceSource | null = null) =>
    `${statusLabel(t, value, source)}${minutes === null ? '' : ` (${t('attendance.history.minutes', { count: minutes })})`}`;
  const who = names.get(change.userId) ?? t('attendance.history.unknownPerson', { id: change.userId });
  const by = change.changedBy === null ? undefined : names.get(change.changedBy);
  return (
    <Stack gap={2}>
      <Text fw={600} size="sm">
        {who}
      </Text>
      <Text size="sm">
        {status(change.oldStatus, change.oldMinutes)} → {status(change.newStatus, change.newMinutes, change.source)}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDateTime(change.changedAt, i18n.resolvedLanguage)} · {t(`attendance.source.${change.source}`)}
        {by && ` · ${t('attendance.history.by', { name: by })}`}
      </Text>
      {change.note && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {change.note}
        </Text>
      )}
    </Stack>
  );
}
