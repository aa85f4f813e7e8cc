import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { verifyPath, type Certificate } from '../api/schemas';
import { CertificateLinks } from './CertificateLinks';
import { CertificateStatusBadge } from './CertificateStatusBadge';
import { formatDate } from './format';

/** A learner's certificate: serial, status, dates, and what to do with it. */
export function CertificateCard({ certificate, headingOrder = 3, showProgram = true }: { certificate: Certificate; headingOrder?: 2 | 3 | 4; showProgram?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Card withBorder padding="md" component="article" aria-label={t('certification.card.label', { serial: certificate.serial })}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={headingOrder} size="h4">
            {t('certification.card.title', { serial: certificate.serial })}
          </Title>
          <CertificateStatusBadge status={certificate.status} size="lg" />
        </Group>
        {showProgram && <Text fw={500}>{certificate.programTitle}</Text>}
        <Text size="sm" c="dimmed">
          {t('certification.card.issued', { date: formatDate(certificate.issuedAt, language) })}
          {certificate.expiresAt && ` · ${t('certification.card.expires', { date: formatDate(certificate.expiresAt, language) })}`}
        </Text>
        {certificate.status === 'revoked' && (
          <Text size="sm" c="red.8">
            {t('certification.card.revoked', { date: formatDate(certificate.revokedAt, language), reason: certificate.revocationReason ?? '' })}
          </Text>
        )}
        {certificate.status === 'replaced' && certificate.replacedBy && (
          <Text size="sm">
            <Anchor component={Link} to={verifyPath(certificate.replacedBy)}>
              {t('certification.card.replacedBy')}
            </Anchor>
          </Text>
        )}
        <CertificateLinks certificate={certificate} />
      </Stack>
    </Card>
  );
}
