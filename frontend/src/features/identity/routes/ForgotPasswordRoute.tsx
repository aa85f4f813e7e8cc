import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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
          <ForgotPasswordForm />
          <Anchor component={Link} to={authHref('/login', next)} size="sm" display="inline-block" mt="lg">
            {t('identity.forgotPassword.backToLogin')}
          </Anchor>
        </>
      )}
    </AuthPage>
  );
}
