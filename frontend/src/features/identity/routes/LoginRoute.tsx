import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AuthPage } from '../components/AuthPage';
import { LoginForm } from '../components/LoginForm';
import { authHref } from '../components/safe-redirect';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();

  return (
    <AuthPage title={t('auth.loginTitle')} onTheWay={t('auth.loginRequired')}>
      {(destination, next) => (
        <>
          <Text c="dimmed" mb="lg">
            {t('auth.loginLead')}
          </Text>
          <LoginForm
            signupHref={authHref('/signup', next)}
            forgotPasswordHref={authHref('/forgot-password', next)}
            onSuccess={(signedIn) => {
              notifications.show({ message: t('auth.welcome', { name: signedIn.fullName }), color: 'teal' });
              void navigate(destination, { replace: true });
            }}
          />
        </>
      )}
    </AuthPage>
  );
}
