import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { isApiError } from '../../../lib/problem';
import { useApplicationProfile } from '../api/get-application-profile';
import { useMyPrograms } from '../api/get-my-programs';
import type { MyProgram } from '../api/schemas';
import { useQuestionnaire } from '../api/get-questionnaire';
import { ApplicationForm } from '../components/ApplicationForm';
import { ApplicationStanding, isActive } from '../components/ApplicationStanding';

/** `/programs/:id/apply` (signed in): the application form with the profile prefilled. */
export function ApplyRoute({ programTitle }: { programTitle?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const raw = useParams().id;
  const programId = raw && /^\d+$/.test(raw) ? Number(raw) : NaN;
  const questionnaire = useQuestionnaire(programId);
  const profile = useApplicationProfile();
  const mine = useMyPrograms();
  // The application the person had when they opened this page. Submitting here refreshes My programs
  // before the form's success step runs; judged afresh, the new application would replace the form
  // with its status and the person would never reach My programs.
  const [earlier, setEarlier] = useState<MyProgram | null | undefined>(undefined);
  if (earlier === undefined && mine.data) setEarlier(mine.data.find((item) => item.programId === programId) ?? null);
  const application = earlier ?? undefined;

  const back = (
    <Anchor component={Link} to={`/programs/${raw ?? ''}`} size="sm">
      ← {t('enrollment.backToProgram')}
    </Anchor>
  );

  let content;
  if (!Number.isInteger(programId) || (isApiError(questionnaire.error) && questionnaire.error.status === 404)) {
    content = (
      <Alert color="gray" variant="light" title={t('enrollment.notAvailableTitle')}>
        <Text size="sm" mb="sm">
          {t('enrollment.notAvailableText')}
        </Text>
        <Button component={Link} to="/programs" variant="default" size="sm">
          {t('enrollment.toCatalog')}
        </Button>
      </Alert>
    );
  } else if (questionnaire.isError) {
    content = <ErrorAlert error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />;
  } else if (profile.isError) {
    content = <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  } else if (mine.isError) {
    content = <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />;
  } else if (questionnaire.isPending || profile.isPending || earlier === undefined) {
    content = <Loading />;
  } else if (application && (isActive(application) || !questionnaire.data.allowReapply)) {
    // One application per person: whoever applied follows it instead of filling the form again.
    content = (
      <ApplicationStanding application={application}>
        {!isActive(application) && <Text size="sm">{t('enrollment.standing.noReapply')}</Text>}
      </ApplicationStanding>
    );
  } else {
    content = (
      <>
        <Text c="dimmed">{t('enrollment.form.lead')}</Text>
        <ApplicationForm
          programId={programId}
          questions={questionnaire.data.questions}
          profile={profile.data}
          onSuccess={() => {
            notifications.show({ message: t('enrollment.submitted'), color: 'teal' });
            void navigate('/my-programs');
          }}
        />
      </>
    );
  }

  return (
    <Stack gap="md" maw={760}>
      {back}
      <PageTitle mb={0}>{t('enrollment.form.title')}</PageTitle>
      {programTitle && (
        <Text size="lg" fw={600}>
          {programTitle}
        </Text>
      )}
      {content}
    </Stack>
  );
}
