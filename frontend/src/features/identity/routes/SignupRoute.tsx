import { Anchor, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useMe } from '../api/get-me';
import { SignupForm } from '../components/SignupForm';

export function SignupRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();

  return (
    <Paper maw={480} mx="auto" p={{ base: 'md', sm: 'xl' }} withBorder radius="md">
      <PageTitle>{t('auth.signupTitle')}</PageTitle>
      {me.isPending ? (
        <Loading />
      ) : me.data ? (
        <Text>
          {t('auth.alreadySignedIn', { name: me.data.fullName })}{' '}
          <Anchor component={Link} to="/">
            {t('errors.goHome')}
          </Anchor>
        </Text>
      ) : (
        <>
          <Text id="signup-lead" c="dimmed" mb="lg">
            {t('auth.signupLead')}
          </Text>
          <SignupForm
            onSuccess={() => {
              notifications.show({ message: t('auth.accountCreated'), color: 'teal' });
              void navigate('/', { replace: true });
            }}
          />
        </>
      )}
    </Paper>
  );
}
