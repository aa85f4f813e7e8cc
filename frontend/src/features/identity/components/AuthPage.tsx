import { Alert, Anchor, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useMe } from '../api/get-me';
import { safeRedirect } from './safe-redirect';

interface AuthPageProps {
  title: string;
  /** Says why the person is here when they came on the way to another page (`next`). */
  onTheWay: string;
  /** The form, given where to go afterwards and the raw `next` to hand on to the other auth page. */
  children: (destination: string, next: string | null) => ReactNode;
}

/** The frame of the sign-in and sign-up pages: who is already signed in goes on; others get the form. */
export function AuthPage({ title, onTheWay, children }: AuthPageProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = params.get('next');
  const destination = safeRedirect(next);
  const me = useMe();

  return (
    <Paper maw={480} mx="auto" p={{ base: 'md', sm: 'xl' }} withBorder radius="md">
      <PageTitle>{title}</PageTitle>
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
              {onTheWay}
            </Alert>
          )}
          {children(destination, next)}
        </>
      )}
    </Paper>
  );
}
