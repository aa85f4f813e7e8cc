import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useBulkIssueCertificates } from '../api/bulk-issue-certificates';

/** "Issue to everyone who completed": busy while the server works (seconds for hundreds), then the counts. */
export function BulkIssue({ programId }: { programId: number }) {
  const { t } = useTranslation();
  const bulk = useBulkIssueCertificates(programId);
  return (
    <Stack gap="xs" aria-busy={bulk.isPending}>
      <Group gap="sm">
        <Button onClick={() => bulk.mutate()} loading={bulk.isPending} h="auto" py={8} styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}>
          {t('certification.bulk.button')}
        </Button>
        {bulk.isPending && (
          <Group gap={6} role="status">
            <Loader size="xs" />
            <Text size="sm">{t('certification.bulk.working')}</Text>
          </Group>
        )}
      </Group>
      {bulk.isError && <ErrorAlert error={bulk.error} />}
      {bulk.isSuccess && (
        <Alert color="teal" variant="light" role="status" title={t('certification.bulk.doneTitle')}>
          {t('certification.bulk.issued', { count: bulk.data.issued })} · {t('certification.bulk.alreadyCertified', { count: bulk.data.alreadyCertified })} ·{' '}
          {t('certification.bulk.notComplete', { count: bulk.data.notComplete })}
        </Alert>
      )}
    </Stack>
  );
}
