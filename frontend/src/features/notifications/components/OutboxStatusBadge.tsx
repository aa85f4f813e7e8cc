import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxStatus } from '../api/schemas';

const COLORS: Record<OutboxStatus, string> = {
  queued: 'blue',
  sending: 'blue',
  sent: 'teal',
  failed: 'red',
  kept: 'gray',
};

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant={status === 'failed' ? 'filled' : 'light'} tt="none">
      {t(`notifications.outbox.status.${status}`)}
    </Badge>
  );
}
