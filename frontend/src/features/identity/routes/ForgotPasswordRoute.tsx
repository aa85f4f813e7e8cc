import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthPage } from '../components/AuthPage';
import { ForgotPasswordForm } from '../components/ForgotPasswordForm';
import { authHref } from '../components/safe-redirect';

/** `/forgot-password[?next=…]` (anyone): a link to set a new password, sent to the account's address. */
export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  return (
    <AuthPage title={t('identity.forgotPassword.title')} onTheWay={t('identity.forgotPassword.onTheWay')}>
      {(_destination, next) => (
        <>
          <Text c="dimmed" mb="lg">
            {t('identity.forgotPassword.lead')}
          </Text>
          <ForgotPasswordForm loginHref={authHref('/login', next)} />
        </>
      )}
    </AuthPage>
  );
}
