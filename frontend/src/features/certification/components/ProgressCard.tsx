import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { useMyProgress } from '../api/get-my-progress';
import { CertificateCard } from './CertificateCard';
import { whatIsLeft, type ModuleRef } from './progress-text';
import { RequirementList } from './RequirementList';

/**
 * On a program's page, for an admitted learner: the completion checklist with done/required, what is
 * left in one sentence, and the certificate once there is one.
 */
export function ProgressCard({ programId, modules }: { programId: number; modules?: ModuleRef[] }) {
  const { t } = useTranslation();
  const progress = useMyProgress(programId);
  let content;
  if (progress.isPending) content = <Loading />;
  else if (progress.isError) content = <ErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />;
  else {
    const { requirements, certificate, complete, rulesSet } = progress.data;
    content = (
      <Stack gap="sm">
        {!rulesSet ? (
          <Text size="sm" c="dimmed">
            {t('certification.progress.noRules')}
          </Text>
        ) : (
          <>
            <Text fw={500} data-testid="what-is-left">
              {complete ? t('certification.progress.allMet') : whatIsLeft(requirements, modules, t)}
            </Text>
            <RequirementList requirements={requirements} modules={modules} />
          </>
        )}
        {certificate && <CertificateCard certificate={certificate} showProgram={false} />}
      </Stack>
    );
  }
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-progress-title">
      <Title order={2} size="h3" mb="sm" id="my-progress-title">
        {t('certification.progress.title')}
      </Title>
      {content}
    </Card>
  );
}
