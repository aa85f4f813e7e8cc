import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { StatusPage } from '../../../components/StatusPage';
import type { ApiError } from '../../../lib/problem';
import { useMe } from '../api/get-me';
import { VERIFICATION_LINK_EXPIRED, VERIFICATION_LINK_USED } from '../api/schemas';
import { useVerifyEmail } from '../api/verify-email';
import { useLinkToken } from '../components/link-token';
import { ResendVerification } from '../components/ResendVerification';
import { isLinkGone } from '../components/SetPasswordForm';

/**
 * `/verify-email#<token>` (anyone): the link sent at sign-up. Uses it at once; whoever is signed
 * in (or nobody) learns the address is proven, or why the link no longer works.
 */
export function VerifyEmailRoute() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const verify = useVerifyEmail(token);
  const me = useMe();

  const gone = isLinkGone(verify.error) ? verify.error : null;
  if (token === '' || gone) return <LinkProblem error={gone} />;
  if (verify.isError) return <ErrorAlert error={verify.error} onRetry={() => void verify.refetch()} />;
  if (verify.isPending) {
    return (
      <>
        <PageTitle>{t('identity.verifyEmail.title')}</PageTitle>
        <Loading />
      </>
    );
  }
  const own = me.data?.id === verify.data.id;
  return (
    <StatusPage
      title={t('identity.verifyEmail.doneTitle')}
      text={t('identity.verifyEmail.done', { email: verify.data.email })}
      actions={
        own ? (
          <Button component={Link} to="/my-programs">
            {t('nav.myPrograms')}
          </Button>
        ) : me.data ? (
          <Button component={Link} to="/">
            {t('errors.goHome')}
          </Button>
        ) : (
          <Button component={Link} to="/login">
            {t('nav.login')}
          </Button>
        )
      }
    />
  );
}

/** Unknown, used or expired link: the server's words, and a new link for a signed-in person who still needs one. */
function LinkProblem({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  const me = useMe();
  const kind =
    error?.code === VERIFICATION_LINK_USED ? 'used' : error?.code === VERIFICATION_LINK_EXPIRED ? 'expired' : 'invalid';
  const text = error?.problem.detail ?? t(`identity.verifyEmail.${kind}Text`);

  let next;
  if (me.isPending) next = null;
  else if (!me.data) {
    next = (
      <Button component={Link} to="/login">
        {t('identity.verifyEmail.loginForNew')}
      </Button>
    );
  } else if (me.data.emailVerified) {
    next = (
      <Button component={Link} to="/my-programs">
        {t('nav.myPrograms')}
      </Button>
    );
  } else {
    next = <ResendVerification email={me.data.email} />;
  }
  const hint = !me.data ? t('identity.verifyEmail.signInHint') : me.data.emailVerified ? t('identity.verifyEmail.alreadyVerified') : '';
  return <StatusPage title={t(`identity.verifyEmail.${kind}Title`)} text={hint ? `${text} ${hint}` : text} actions={next} />;
}
