import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { verifyPath, type Certificate } from '../api/schemas';
import { CertificateActions } from './CertificateActions';
import { CertificateStatusBadge } from './CertificateStatusBadge';
import { formatDate } from './format';

/** Every certificate of the program (including revoked and replaced ones), by serial as the server sends them. */
export function CertificatesRegister({ programId, items }: { programId: number; items: Certificate[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900} className="cards-on-phone">
      <Table striped verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('certification.register.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('certification.register.serial')}</Table.Th>
            <Table.Th scope="col">{t('certification.register.learner')}</Table.Th>
            <Table.Th scope="col">{t('certification.register.issued')}</Table.Th>
            <Table.Th scope="col">{t('certification.register.status')}</Table.Th>
            <Table.Th scope="col">{t('certification.progressTable.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((certificate) => (
            <Table.Tr key={certificate.id} data-testid="certificate-row">
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={verifyPath(certificate.verificationCode)} size="sm" fw={600}>
                  {certificate.serial}
                </Anchor>
              </Table.Th>
              <Table.Td data-label={t('certification.register.learner')}>
                <Text size="sm">{certificate.learnerName}</Text>
                {certificate.issueReason && (
                  <Text size="xs" c="dimmed">
                    {t(certificate.replaces ? 'certification.register.reissued' : 'certification.register.manual', { reason: certificate.issueReason })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-label={t('certification.register.issued')}>
                <Text size="sm">{formatDate(certificate.issuedAt, i18n.resolvedLanguage)}</Text>
              </Table.Td>
              <Table.Td data-label={t('certification.register.status')}>
                <CertificateStatusBadge status={certificate.status} />
                {certificate.status === 'revoked' && certificate.revocationReason && (
                  <Text size="xs" c="dimmed">
                    {certificate.revocationReason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-label={t('certification.progressTable.actions')}>
                <CertificateActions
                  programId={programId}
                  learner={{ userId: certificate.status === 'valid' ? certificate.userId : null, name: certificate.learnerName }}
                  certificate={certificate}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
