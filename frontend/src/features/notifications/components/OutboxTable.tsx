import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import type { OutboxMessage } from '../api/schemas';
import { OutboxStatusBadge } from './OutboxStatusBadge';

interface OutboxTableProps {
  messages: OutboxMessage[];
  onOpen: (message: OutboxMessage) => void;
}

export function OutboxTable({ messages, onOpen }: OutboxTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900} className="cards-on-phone">
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>{t('notifications.outbox.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('notifications.outbox.colSubject')}</Table.Th>
            <Table.Th scope="col">{t('notifications.outbox.recipient')}</Table.Th>
            <Table.Th scope="col">{t('notifications.outbox.colKind')}</Table.Th>
            <Table.Th scope="col">{t('notifications.outbox.colStatus')}</Table.Th>
            <Table.Th scope="col">{t('notifications.outbox.colCreated')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('notifications.outbox.colActions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((message) => (
            <Table.Tr key={message.id} data-testid="outbox-row">
              <Table.Th scope="row" fw={500}>
                <Text size="sm" fw={500}>
                  {message.subject}
                </Text>
              </Table.Th>
              <Table.Td data-label={t('notifications.outbox.recipient')}>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {message.recipient}
                </Text>
              </Table.Td>
              <Table.Td data-label={t('notifications.outbox.colKind')}>
                <Text size="sm" ff="monospace">
                  {message.kind}
                </Text>
              </Table.Td>
              <Table.Td data-label={t('notifications.outbox.colStatus')}>
                <OutboxStatusBadge status={message.status} />
                {message.attempts > 1 && (
                  <Text size="xs" c="dimmed">
                    {t('notifications.outbox.attemptsCount', { count: message.attempts })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-label={t('notifications.outbox.colCreated')}>
                <Text size="sm">{formatDateTime(message.createdAt, i18n.resolvedLanguage)}</Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => onOpen(message)}
                  aria-label={t('notifications.outbox.openFor', { subject: message.subject, recipient: message.recipient })}
                >
                  {t('notifications.outbox.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
