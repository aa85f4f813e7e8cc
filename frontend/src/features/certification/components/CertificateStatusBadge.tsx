import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '../api/schemas';

export const STATUS_COLORS: Record<CertificateStatus, string> = { valid: 'teal', revoked: 'red', expired: 'gray', replaced: 'orange' };

/** A certificate's status in words and colour: valid, revoked, expired, replaced. */
export function CertificateStatusBadge({ status, ...props }: { status: CertificateStatus } & Omit<BadgeProps, 'children' | 'color'>) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" {...props}>
      {t(`certification.status.${status}`)}
    </Badge>
  );
}
