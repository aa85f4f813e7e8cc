import { Alert, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Pager } from '../../../components/Pager';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useOutbox } from '../api/get-outbox';
import { OUTBOX_STATUSES } from '../api/schemas';
import { OutboxDrawer } from '../components/OutboxDrawer';
import { OutboxTable } from '../components/OutboxTable';

export const OUTBOX_PAGE_SIZE = 50;
const TEXT_FILTERS = ['recipient'] as const;

/** `/admin/outbox` (administrators): every message the platform wrote, filtered in the URL. */
export function OutboxRoute() {
  const { t } = useTranslation();
  const { params, page, setParam, texts, setText } = useUrlFilters(TEXT_FILTERS);
  const status = OUTBOX_STATUSES.find((value) => value === params.get('status'));
  const recipient = params.get('recipient') ?? '';
  const [opened, setOpened] = useState<number | null>(null);

  const outbox = useOutbox({ status, recipient: recipient || undefined, page: page - 1, size: OUTBOX_PAGE_SIZE });
  const items = outbox.data?.items ?? [];
  // Without a mail server every message is kept; say so once rather than on each row.
  const nothingSent = status === undefined && items.length > 0 && items.every((message) => message.status === 'kept');

  return (
    <Stack gap="md">
      <div>
        <PageTitle mb={4}>{t('notifications.outbox.title')}</PageTitle>
        <Text c="dimmed">{t('notifications.outbox.lead')}</Text>
      </div>

      {nothingSent && (
        <Alert color="blue" variant="light" title={t('notifications.outbox.noSmtpTitle')}>
          <Text size="sm">{t('notifications.outbox.noSmtp')}</Text>
        </Alert>
      )}

      <Group align="flex-end" gap="md" role="search">
        <TextInput
          type="search"
          label={t('notifications.outbox.recipient')}
          placeholder={t('notifications.outbox.recipientPlaceholder')}
          value={texts.recipient}
          onChange={(event) => setText('recipient', event.currentTarget.value)}
          style={{ flex: '1 1 280px' }}
        />
        <Select
          label={t('notifications.outbox.colStatus')}
          data={[
            { value: '', label: t('notifications.outbox.anyStatus') },
            ...OUTBOX_STATUSES.map((value) => ({ value, label: t(`notifications.outbox.status.${value}`) })),
          ]}
          value={status ?? ''}
          onChange={(value) => setParam('status', value ?? undefined)}
          allowDeselect={false}
          w={{ base: '100%', xs: 220 }}
        />
      </Group>

      {outbox.isError && <ErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.isPending && <Loading />}
      {outbox.data && (
        <>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('notifications.outbox.total', { count: outbox.data.totalItems })}
          </Text>
          {items.length === 0 ? (
            <Text py="lg">{t('notifications.outbox.empty')}</Text>
          ) : (
            <div style={{ opacity: outbox.isPlaceholderData ? 0.6 : 1 }} aria-busy={outbox.isFetching}>
              <OutboxTable messages={items} onOpen={(message) => setOpened(message.id)} />
            </div>
          )}
          {outbox.data.totalPages > 1 && (
            <nav aria-label={t('notifications.outbox.pages')}>
              <Pager total={outbox.data.totalPages} value={page} onChange={(value) => setParam('page', String(value))} />
            </nav>
          )}
        </>
      )}

      <OutboxDrawer id={opened} onClose={() => setOpened(null)} />
    </Stack>
  );
}
