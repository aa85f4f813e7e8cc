import { Alert, Anchor, Badge, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { verifyPath, type Certificate } from '../api/schemas';
import { STATUS_COLORS } from './CertificateStatusBadge';
import { formatDate, formatNumber } from './format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** The big status of a certificate, as the public page states it. */
export function StatusBanner({ certificate }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { status } = certificate;
  return (
    <Alert
      color={STATUS_COLORS[status]}
      variant="light"
      data-testid="certificate-status"
      title={
        <Badge size="xl" color={STATUS_COLORS[status]} variant="filled" component="span">
          {t(`certification.status.${status}`)}
        </Badge>
      }
    >
      <Stack gap={4}>
        <Text size="sm">{t(`certification.verify.statusText.${status}`)}</Text>
        {status === 'revoked' && (
          <>
            {certificate.revokedAt && <Text size="sm">{t('certification.verify.revokedAt', { date: formatDate(certificate.revokedAt, language) })}</Text>}
            {certificate.revocationReason && <Text size="sm">{t('certification.verify.reason', { reason: certificate.revocationReason })}</Text>}
          </>
        )}
        {status === 'expired' && certificate.expiresAt && (
          <Text size="sm">{t('certification.verify.expiredAt', { date: formatDate(certificate.expiresAt, language) })}</Text>
        )}
        {status === 'replaced' && certificate.replacedBy && (
          <Anchor component={Link} to={verifyPath(certificate.replacedBy)} size="sm" fw={600}>
            {t('certification.verify.toReplacement')}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}

/** Every field of a certificate, as an employer checking it needs to read them. */
export function CertificateDetails({ certificate }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const dates =
    certificate.startsOn || certificate.endsOn
      ? t('certification.verify.period', { from: formatDate(certificate.startsOn, language) || '…', to: formatDate(certificate.endsOn, language) || '…' })
      : '—';
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="md">
          <Fact label={t('certification.verify.learner')}>
            <Text span fw={700} size="lg">
              {certificate.learnerName}
            </Text>
          </Fact>
          <Fact label={t('certification.verify.serial')}>{certificate.serial}</Fact>
          <Fact label={t('certification.verify.program')}>{certificate.programTitle}</Fact>
          <Fact label={t('certification.verify.type')}>
            {t(`certification.programType.${certificate.programType}`)}, {t(`certification.duration.${certificate.duration}`)}
          </Fact>
          <Fact label={t('certification.verify.volume')}>
            {t('certification.verify.hours', { count: certificate.hours })} ·{' '}
            {t('certification.verify.ects', { value: formatNumber(certificate.ects, language) })}
          </Fact>
          <Fact label={t('certification.verify.dates')}>{dates}</Fact>
          <Fact label={t('certification.verify.provider')}>{certificate.providerName}</Fact>
          <Fact label={t('certification.verify.issuedAt')}>{formatDate(certificate.issuedAt, language)}</Fact>
          <Fact label={t('certification.verify.expiresAt')}>
            {certificate.expiresAt ? formatDate(certificate.expiresAt, language) : t('certification.verify.noExpiry')}
          </Fact>
          {certificate.replaces && (
            <Fact label={t('certification.verify.replaces')}>
              <Anchor component={Link} to={verifyPath(certificate.replaces)}>
                {t('certification.verify.previous')}
              </Anchor>
            </Fact>
          )}
        </SimpleGrid>
        {certificate.learningOutcomes.length > 0 && (
          <div>
            <Title order={2} size="h5" mb={4}>
              {t('certification.verify.outcomes')}
            </Title>
            <List size="sm" spacing={2}>
              {certificate.learningOutcomes.map((outcome, index) => (
                <List.Item key={index}>{outcome}</List.Item>
              ))}
            </List>
          </div>
        )}
        {certificate.signatories.length > 0 && (
          <div>
            <Title order={2} size="h5" mb={4}>
              {t('certification.verify.signatories')}
            </Title>
            <List size="sm" spacing={2}>
              {certificate.signatories.map((signatory, index) => (
                <List.Item key={index}>
                  {signatory.name}, {signatory.position}
                </List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Card>
  );
}
