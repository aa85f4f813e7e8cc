import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus } from '../api/schemas';

const COLORS: Record<AttendanceStatus, string> = {
  present: 'teal',
  late: 'yellow',
  excused: 'blue',
  absent: 'red',
};

/** A participant's attendance; "not marked" (grey) while nothing is recorded. */
export function AttendanceStatusBadge({ status }: { status: AttendanceStatus | null }) {
  const { t } = useTranslation();
  return (
    <Badge color={status ? COLORS[status] : 'gray'} variant="light" miw="max-content" style={{ flexShrink: 0 }}>
      {status ? t(`attendance.status.${status}`) : t('attendance.status.none')}
    </Badge>
  );
}
