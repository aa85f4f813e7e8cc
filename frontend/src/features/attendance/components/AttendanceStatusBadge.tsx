import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AttendanceSource, AttendanceStatus } from '../api/schemas';

const COLORS: Record<AttendanceStatus, string> = {
  present: 'teal',
  late: 'yellow',
  excused: 'blue',
  absent: 'red',
};

/** A status as the register says it: "present (via recording)" when watching the recording made up for the session. */
export function statusLabel(t: TFunction, status: AttendanceStatus | null, source: AttendanceSource | null = null): string {
  if (!status) return t('attendance.status.none');
  if (status === 'present' && source === 'recording') return t('attendance.status.presentViaRecording');
  return t(`attendance.status.${status}`);
}

/** A participant's attendance; "not marked" (grey) while nothing is recorded. */
export function AttendanceStatusBadge({ status, source = null }: { status: AttendanceStatus | null; source?: AttendanceSource | null }) {
  const { t } = useTranslation();
  return (
    <Badge color={status ? COLORS[status] : 'gray'} variant="light" miw="max-content" style={{ flexShrink: 0 }}>
      {statusLabel(t, status, source)}
    </Badge>
  );
}
