import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/get-me';
import { ResendVerification } from './ResendVerification';

/** A quiet reminder for a signed-in person who has not proved their address yet, with "send the link again". */
export function VerifyEmailNotice() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data || me.data.emailVerified) return null;
  return (
    <Alert color="blue" variant="light" mb="lg" title={t('identity.verifyEmail.noticeTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('identity.verifyEmail.notice', { email: me.data.email })}</Text>
        <ResendVerification email={me.data.email} />
      </Stack>
    </Alert>
  );
}
