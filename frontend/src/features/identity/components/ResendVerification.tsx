import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { isApiError } from '../../../lib/problem';
import { useResendVerification } from '../api/resend-verification';
import { EMAIL_ALREADY_VERIFIED } from '../api/schemas';
import { tooManyRequests } from './too-many';

/** "Send the link again" for the signed-in person, with what came of it said beside the button. */
export function ResendVerification({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useResendVerification();

  let outcome = '';
  if (resend.isSuccess) outcome = t('identity.verifyEmail.resent', { email });
  else if (isApiError(resend.error) && resend.error.code === EMAIL_ALREADY_VERIFIED) outcome = t('identity.verifyEmail.alreadyVerified');
  else if (resend.isError) outcome = tooManyRequests(resend.error, t) ?? errorMessage(resend.error, t);

  return (
    <Group gap="sm" wrap="wrap">
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => resend.mutate()}
        loading={resend.isPending}
        disabled={resend.isSuccess}
      >
        {t('identity.verifyEmail.resend')}
      </Button>
      <Text size="sm" role="status" c={resend.isError ? 'red.9' : undefined}>
        {outcome}
      </Text>
    </Group>
  );
}
