import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Progress } from '../api/schemas';
import { CertificateActions } from './CertificateActions';
import { CertificateStatusBadge } from './CertificateStatusBadge';
import { whatIsLeft, type ModuleRef } from './progress-text';

interface ProgressTableProps {
  programId: number;
  items: Progress[];
  modules: ModuleRef[];
  /** Administrators act on certificates; trainers read only. */
  canAct: boolean;
}

/** Each learner's standing: name, what is left, the certificate's status and (for administrators) what to do. */
export function ProgressTable({ programId, items, modules, canAct }: ProgressTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={canAct ? 860 : 640} className="cards-on-phone">
      <Table striped verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('certification.progressTable.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('certification.progressTable.name')}</Table.Th>
            <Table.Th scope="col">{t('certification.progressTable.left')}</Table.Th>
            <Table.Th scope="col">{t('certification.progressTable.certificate')}</Table.Th>
            {canAct && <Table.Th scope="col">{t('certification.progressTable.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.userId} data-testid="progress-row">
              <Table.Th scope="row" fw={500}>
                <Text size="sm" fw={600}>
                  {item.learnerName}
                </Text>
                {item.email && (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {item.email}
                  </Text>
                )}
              </Table.Th>
              <Table.Td data-label={t('certification.progressTable.left')}>
                {item.rulesSet ? (
                  <Text size="sm" c={item.complete ? 'teal.9' : undefined}>
                    {item.complete ? t('certification.progress.allMet') : whatIsLeft(item.requirements, modules, t)}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('certification.progressTable.noRules')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-label={t('certification.progressTable.certificate')}>
                {item.certificate ? (
                  <>
                    <CertificateStatusBadge status={item.certificate.status} />
                    <Text size="xs" c="dimmed">
                      {item.certificate.serial}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('certification.progressTable.none')}
                  </Text>
                )}
              </Table.Td>
              {canAct && (
                <Table.Td data-label={t('certification.progressTable.actions')}>
                  <CertificateActions programId={programId} learner={{ userId: item.userId, name: item.learnerName }} certificate={item.certificate} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
