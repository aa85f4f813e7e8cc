import { Alert, Button, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { StatusPage } from '../../../components/StatusPage';
import type { ApiError } from '../../../lib/problem';
import { usePasswordLink } from '../api/check-password-link';
import { useMe } from '../api/get-me';
import { PASSWORD_LINK_EXPIRED, PASSWORD_LINK_USED } from '../api/schemas';
import { useLinkToken } from '../components/link-token';
import { isLinkGone, SetPasswordForm } from '../components/SetPasswordForm';
import { formatDateTime } from '../../../lib/dates';

/** After sign-in the new participant lands on their programs. */
const DESTINATION = '/my-programs';

/**
 * `/set-password#<token>` (anyone): the one-time link an administrator handed over. Checks the
 * link, lets its owner choose a password and signs them in.
 */
export function SetPasswordRoute() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [gone, setGone] = useState<ApiError | null>(null);
  const token = useLinkToken(() => setGone(null));
  const link = usePasswordLink(gone ? '' : token);
  const me = useMe();

  const goneError = gone ?? (isLinkGone(link.error) ? link.error : null);
  if (token === '' || goneError) return <LinkProblem error={goneError} />;
  if (link.isError) return <ErrorAlert error={link.error} onRetry={() => void link.refetch()} />;

  const formatDate = (iso: string) => formatDateTime(iso, i18n.resolvedLanguage);

  return (
    <Paper maw={480} mx="auto" p={{ base: 'md', sm: 'xl' }} withBorder radius="md">
      <PageTitle>{t('identity.setPassword.title')}</PageTitle>
      {link.isPending ? (
        <Loading />
      ) : (
        <>
          <Text id="set-password-lead" mb="xs">
            {t('identity.setPassword.lead', { name: link.data.fullName, email: link.data.email })}
          </Text>
          <Text size="sm" c="dimmed" mb="lg">
            {t('identity.setPassword.expires', { date: formatDate(link.data.expiresAt) })}
          </Text>
          {me.data && me.data.email.toLowerCase() !== link.data.email.toLowerCase() && (
            <Alert color="blue" variant="light" mb="md" role="status">
              {t('identity.setPassword.otherAccount', { name: me.data.fullName })}
            </Alert>
          )}
          <SetPasswordForm
            token={token}
            email={link.data.email}
            onLinkGone={setGone}
            onSuccess={(signedIn) => {
              notifications.show({ message: t('identity.setPassword.welcome', { name: signedIn.fullName }), color: 'teal' });
              void navigate(DESTINATION, { replace: true });
            }}
          />
        </>
      )}
    </Paper>
  );
}

/** Unknown, used or expired link: what happened (the server's own words) and the way to sign in. */
function LinkProblem({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  const kind = error?.code === PASSWORD_LINK_USED ? 'used' : error?.code === PASSWORD_LINK_EXPIRED ? 'expired' : 'invalid';
  // The server's sentence already says what to do next; without one, say it here.
  const text = error?.problem.detail ?? `${t(`identity.setPassword.${kind}Text`)} ${t('identity.setPassword.whatNext')}`;
  return (
    <StatusPage
      title={t(`identity.setPassword.${kind}Title`)}
      text={text}
      actions={
        <Button component={Link} to="/login">
          {t('identity.setPassword.toLogin')}
        </Button>
      }
    />
  );
}
