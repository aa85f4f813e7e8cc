import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AuthPage } from '../components/AuthPage';
import { authHref } from '../components/safe-redirect';
import { SignupForm } from '../components/SignupForm';

export function SignupRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();

  return (
    <AuthPage title={t('auth.signupTitle')} onTheWay={t('auth.signupToContinue')}>
      {/* Someone who signs up on the way to a page (e.g. an application form) lands on it. */}
      {(destination, next) => (
        <>
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
    </AuthPage>
  );
}
