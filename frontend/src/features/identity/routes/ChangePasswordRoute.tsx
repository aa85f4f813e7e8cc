import { Alert, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { useMe } from '../api/get-me';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { RequireAuth } from '../components/RequireAuth';
import { safeRedirect } from '../components/safe-redirect';

/**
 * `/change-password?next=…` (anyone signed in): from the account menu, or where the app sends a
 * person whose password must be changed before anything else (the first administrator's generated
 * one). After the change the person goes on to `next`.
 */
export function ChangePasswordRoute() {
  return (
    <RequireAuth>
      <ChangePassword />
    </RequireAuth>
  );
}

function ChangePassword() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const required = me.data?.passwordChangeRequired ?? false;

  return (
    <Paper maw={480} mx="auto" p={{ base: 'md', sm: 'xl' }} withBorder radius="md">
      <PageTitle>{t('identity.changePassword.title')}</PageTitle>
      {required ? (
        <Alert color="blue" variant="light" mb="md" role="status" title={t('identity.changePassword.requiredTitle')}>
          {t('identity.changePassword.requiredText')}
        </Alert>
      ) : (
        <Text c="dimmed" mb="lg">
          {t('identity.changePassword.lead')}
        </Text>
      )}
      <ChangePasswordForm
        email={me.data?.email ?? ''}
        onSuccess={() => {
          notifications.show({ message: t('identity.changePassword.done'), color: 'teal' });
          void navigate(safeRedirect(params.get('next')), { replace: true });
        }}
      />
    </Paper>
  );
}
