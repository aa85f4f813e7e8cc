import { Alert, Anchor, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useMe } from '../api/get-me';
import { LoginForm } from '../components/LoginForm';
import { authHref, safeRedirect } from '../components/safe-redirect';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const destination = safeRedirect(next);
  const me = useMe();

  return (
    <Paper maw={480} mx="auto" p={{ base: 'md', sm: 'xl' }} withBorder radius="md">
      <PageTitle>{t('auth.loginTitle')}</PageTitle>
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
          {next && destination !== '/' && (
            <Alert color="blue" variant="light" mb="md" role="status">
              {t('auth.loginRequired')}
            </Alert>
          )}
          <Text c="dimmed" mb="lg">
            {t('auth.loginLead')}
          </Text>
          <LoginForm
            signupHref={authHref('/signup', next)}
            onSuccess={(signedIn) => {
              notifications.show({ message: t('auth.welcome', { name: signedIn.fullName }), color: 'teal' });
              void navigate(destination, { replace: true });
            }}
          />
        </>
      )}
    </Paper>
  );
}
