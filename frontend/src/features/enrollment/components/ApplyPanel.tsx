import { Anchor, Button, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMyPrograms } from '../api/get-my-programs';
import { ApplicationStanding, isActive } from './ApplicationStanding';

interface ApplyPanelProps {
  programId: number;
  enrollmentOpen: boolean;
  /** Whether someone is signed in; undefined while that is not known yet. */
  signedIn: boolean | undefined;
  /** Sign-in and sign-up pages that bring a visitor back to the application form. */
  loginHref: string;
  signupHref: string;
}

/** On a program's page, what the viewer can do about enrolling: apply, or follow the application they made. */
export function ApplyPanel({ programId, enrollmentOpen, signedIn, loginHref, signupHref }: ApplyPanelProps) {
  const { t } = useTranslation();
  const mine = useMyPrograms(signedIn === true);

  if (!enrollmentOpen && !signedIn) return <ClosedButton />;
  if (signedIn === false) {
    return (
      <Stack gap="xs" mt="sm" align="flex-start">
        <Button component={Link} to={loginHref}>
          {t('catalog.apply')}
        </Button>
        <Text size="sm">
          {t('enrollment.standing.noAccount')}{' '}
          <Anchor component={Link} to={signupHref}>
            {t('enrollment.standing.signup')}
          </Anchor>
        </Text>
      </Stack>
    );
  }
  if (signedIn === undefined || mine.isPending) return <Loader size="sm" mt="sm" role="status" aria-label={t('common.loading')} />;
  if (mine.isError) return <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />;

  const application = mine.data.find((item) => item.programId === programId);
  if (!application) {
    return enrollmentOpen ? (
      <Button mt="sm" component={Link} to={`/programs/${programId}/apply`}>
        {t('catalog.apply')}
      </Button>
    ) : (
      <ClosedButton />
    );
  }
  return (
    <ApplicationStanding application={application}>
      {/* whether this program takes a second application, the form's page says */}
      {enrollmentOpen && !isActive(application) && (
        <Button component={Link} to={`/programs/${programId}/apply`} size="sm">
          {t('enrollment.standing.reapply')}
        </Button>
      )}
    </ApplicationStanding>
  );
}

function ClosedButton() {
  const { t } = useTranslation();
  return (
    <Button mt="sm" disabled>
      {t('catalog.enrollmentClosed')}
    </Button>
  );
}
