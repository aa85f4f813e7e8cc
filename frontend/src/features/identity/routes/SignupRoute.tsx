import { Alert, Anchor, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useMe } from '../api/get-me';
import { authHref, safeRedirect } from '../components/safe-redirect';
import { SignupForm } from '../components/SignupForm';

export function SignupRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  // Someone who signs up on the way to a page (e.g. an application form) lands on it.
  const destination = safeRedirect(next);
  const me = useMe();

  return (
    <Paper maw={480} mx="auto" p={{ base: 'md', sm: 'xl' }} withBorder radius="md">
      <PageTitle>{t('auth.signupTitle')}</PageTitle>
      {me.isPending ? (
        <Loading />
      ) : me.data ? (
        <Text>
          {t('auth.alreadySignedIn', { name: me.data.fullName })}{' '}
          <Anchor component={Link} to={destination}>
            {destination === '/' ? t('errors.goHome') : t('auth.continue')}
          </Anchor>
        </Text>
      ) : (
        <>
          {destination !== '/' && (
            <Alert color="blue" variant="light" mb="md" role="status">
              {t('auth.signupToContinue')}
            </Alert>
          )}
          <Text id="signup-lead" c="dimmed" mb="lg">
            {t('auth.signupLead')}
          </Text>
          <SignupForm
            loginHref={authHref('/login', next)}
            onSuccess={() => {
              notifications.show({ message: t('auth.accountCreated'), color: 'teal' });
              void navigate(destination, { replace: true });
            }}
          />
        </>
      )}
    </Paper>
  );
}
