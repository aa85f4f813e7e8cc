import { Alert, Box, Button, Drawer, Group, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { formatDateTime } from '../../../lib/dates';
import { useLastDefined } from '../../../lib/use-last-defined';
import { useOutboxMessage } from '../api/get-outbox-message';
import { useRetryOutboxMessage } from '../api/retry-outbox-message';
import type { OutboxMessage } from '../api/schemas';
import { LinkedText } from './LinkedText';
import { OutboxStatusBadge } from './OutboxStatusBadge';

interface OutboxDrawerProps {
  /** The message to show; null closes the drawer. */
  id: number | null;
  onClose: () => void;
}

/** One message as it was rendered when queued: who, what came of it, and the message itself. */
export function OutboxDrawer({ id: selected, onClose }: OutboxDrawerProps) {
  const { t } = useTranslation();
  // On a phone the drawer takes the whole screen, so the message gets the width it needs.
  const phone = useMediaQuery('(max-width: 47.99em)');
  // Keeps the message while the drawer slides shut.
  const id = useLastDefined(selected);
  const message = useOutboxMessage(id);
  return (
    <Drawer
      opened={selected !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'xl'}
      title={message.data?.subject ?? t('notifications.outbox.message')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {message.isPending && <Loading />}
      {message.isError && <ErrorAlert error={message.error} onRetry={() => void message.refetch()} />}
      {message.data && <MessageDetails key={message.data.id} message={message.data} />}
    </Drawer>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Box fz="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </div>
  );
}

function MessageDetails({ message }: { message: OutboxMessage }) {
  const { t, i18n } = useTranslation();
  const retry = useRetryOutboxMessage();
  const date = (iso: string) => formatDateTime(iso, i18n.resolvedLanguage);
  const retryable = message.status === 'failed' || message.status === 'kept';

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Fact label={t('notifications.outbox.recipient')}>{message.recipient}</Fact>
        <Fact label={t('notifications.outbox.colStatus')}>
          <OutboxStatusBadge status={message.status} />
        </Fact>
        <Fact label={t('notifications.outbox.colKind')}>{message.kind}</Fact>
        <Fact label={t('notifications.outbox.language')}>{message.language}</Fact>
        <Fact label={t('notifications.outbox.colCreated')}>{date(message.createdAt)}</Fact>
        <Fact label={t('notifications.outbox.sentAt')}>{message.sentAt ? date(message.sentAt) : '—'}</Fact>
        <Fact label={t('notifications.outbox.attempts')}>{message.attempts}</Fact>
        {(message.status === 'queued' || message.status === 'sending') && (
          <Fact label={t('notifications.outbox.nextAttempt')}>{date(message.nextAttemptAt)}</Fact>
        )}
      </SimpleGrid>
      <Fact label="Message-ID">
        <Text span ff="monospace" size="xs">
          {message.messageId}
        </Text>
      </Fact>

      {message.status === 'kept' && (
        <Alert color="gray" variant="light" role="note">
          <Text size="sm">{t('notifications.outbox.keptHint')}</Text>
        </Alert>
      )}
      {message.lastError && (
        <Alert color="red" variant="light" title={t('notifications.outbox.lastError')}>
          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {message.lastError}
          </Text>
        </Alert>
      )}
      {retryable && (
        <Group>
          <Button variant="light" onClick={() => retry.mutate(message.id)} loading={retry.isPending}>
            {t('notifications.outbox.retry')}
          </Button>
        </Group>
      )}
      {retry.isError && <ErrorAlert error={retry.error} />}
      {retry.isSuccess && (
        <Text size="sm" role="status">
          {t('notifications.outbox.retried')}
        </Text>
      )}

      <MessageBody message={message} />
    </Stack>
  );
}

/** The text body with its links clickable; the HTML body in a sandboxed frame beside it. */
function MessageBody({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const text = (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        <LinkedText text={message.bodyText ?? ''} />
      </Text>
    </Paper>
  );
  if (!message.bodyHtml) return text;
  return (
    <Tabs defaultValue="text">
      <Tabs.List>
        <Tabs.Tab value="text">{t('notifications.outbox.bodyText')}</Tabs.Tab>
        <Tabs.Tab value="html">{t('notifications.outbox.bodyHtml')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="text" pt="sm">
        {text}
      </Tabs.Panel>
      <Tabs.Panel value="html" pt="sm">
        {/* No scripts, forms, navigation or same-origin access: the message is only looked at. */}
        <iframe
          sandbox=""
          srcDoc={message.bodyHtml}
          title={t('notifications.outbox.htmlFrame', { subject: message.subject })}
          style={{ width: '100%', height: 480, border: '1px solid var(--mantine-color-default-border)', borderRadius: 8, background: '#fff' }}
        />
      </Tabs.Panel>
    </Tabs>
  );
}
