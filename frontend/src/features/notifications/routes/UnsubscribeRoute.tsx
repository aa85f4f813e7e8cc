import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { useUnsubscribe } from '../api/unsubscribe';
import { NOTIFICATION_KINDS, type NotificationKind } from '../api/schemas';

const PROFILE_PATH = '/profile';

/** The kind a token switches off: it reads `<person>.<kind>.<signature>`; the server checks the signature. */
function kindOf(token: string): NotificationKind | undefined {
  const kind = token.split('.')[1];
  return NOTIFICATION_KINDS.find((known) => known === kind);
}

/**
 * `/unsubscribe?token=…` (anyone, no session): the page a message's footer link opens. Opening it
 * changes nothing; the button does (mail programs use the one-click POST directly).
 */
export function UnsubscribeRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const kind = kindOf(token);
  const unsubscribe = useUnsubscribe();
  const what = kind ? t(`notifications.kinds.${kind}.label`) : undefined;

  return (
    <Paper maw={560} mx="auto" p={{ base: 'md', sm: 'xl' }} withBorder radius="md">
      <PageTitle>{t('notifications.unsubscribe.title')}</PageTitle>
      {unsubscribe.isSuccess ? (
        <Alert color="teal" variant="light" role="status" title={t('notifications.unsubscribe.doneTitle')}>
          <Text size="sm">{what ? t('notifications.unsubscribe.doneKind', { what }) : t('notifications.unsubscribe.done')}</Text>
          <Text size="sm" mt="xs">
            {t('notifications.unsubscribe.changeLater')}{' '}
            <Anchor component={Link} to={PROFILE_PATH} inherit>
              {t('notifications.unsubscribe.toSettings')}
            </Anchor>
          </Text>
        </Alert>
      ) : (
        <Stack gap="md">
          <Text>{what ? t('notifications.unsubscribe.leadKind', { what }) : t('notifications.unsubscribe.lead')}</Text>
          <Text size="sm" c="dimmed">
            {t('notifications.unsubscribe.stillSent')}
          </Text>
          {token === '' && <ErrorAlert error={null} message={t('notifications.unsubscribe.noToken')} />}
          {unsubscribe.isError && <ErrorAlert error={unsubscribe.error} />}
          <Group>
            <Button onClick={() => unsubscribe.mutate(token)} loading={unsubscribe.isPending} disabled={token === ''}>
              {t('notifications.unsubscribe.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
