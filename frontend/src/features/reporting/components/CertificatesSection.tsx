import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_STATUSES, type ProgramReport } from '../api/schemas';
import { useFormat } from './format';
import { Section } from './Section';

const COLORS = { valid: 'teal.8', revoked: 'red.8', replaced: 'gray.7', expired: 'orange.9' } as const;

/** How many of the program's certificates are valid, revoked, replaced and expired. */
export function CertificatesSection({ certificates }: { certificates: ProgramReport['certificates'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section id="report-certificates" title={t('reporting.certificates.title')}>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="sm" m={0}>
        {CERTIFICATE_STATUSES.map((status) => (
          <Paper key={status} withBorder p="sm" radius="md" data-testid={`certificates-${status}`}>
            <Text component="dt" size="sm" c="dimmed">
              {t(`reporting.certificates.${status}`)}
            </Text>
            <Text component="dd" m={0} fz={28} fw={700} c={COLORS[status]}>
              {format.number(certificates[status])}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Section>
  );
}
