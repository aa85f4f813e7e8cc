import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../api/schemas';

const COLORS: Record<ApplicationStatus, string> = {
  submitted: 'blue',
  admitted: 'teal',
  waitlisted: 'yellow',
  rejected: 'red',
  withdrawn: 'gray',
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    // never squeezed by a long title beside it: the status must be read whole
    <Badge color={COLORS[status]} variant="light" style={{ flexShrink: 0 }} miw="max-content">
      {t(`enrollment.status.${status}`)}
    </Badge>
  );
}
