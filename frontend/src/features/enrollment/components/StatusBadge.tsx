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
    <Badge color={COLORS[status]} variant="light">
      {t(`enrollment.status.${status}`)}
    </Badge>
  );
}
