import { Button, CopyButton, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCalendarFeed } from '../api/get-calendar-feed';
import { useRenewCalendarFeed } from '../api/renew-calendar-feed';

/** "Subscribe in your calendar": the personal feed address to copy, and a new one when the old leaked. */
export function CalendarFeed() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const renew = useRenewCalendarFeed();
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    renew.reset();
  };

  return (
    <section aria-labelledby="feed-heading">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="feed-heading">
          {t('schedule.feed.title')}
        </Title>
        <Text size="sm">{t('schedule.feed.text')}</Text>
        {feed.isError && <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />}
        {feed.data && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              label={t('schedule.feed.address')}
              value={feed.data.url}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              style={{ flex: '1 1 16rem', minWidth: 0 }}
            />
            <CopyButton value={feed.data.url}>
              {({ copied, copy }) => (
                <Button variant={copied ? 'light' : 'default'} color={copied ? 'teal' : undefined} onClick={copy}>
                  {copied ? t('schedule.feed.copied') : t('schedule.feed.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="subtle" onClick={() => setConfirming(true)}>
              {t('schedule.feed.renew')}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal opened={confirming} onClose={close} title={t('schedule.feed.renewTitle')} centered>
        <Stack gap="md">
          <Text>{t('schedule.feed.renewText')}</Text>
          {renew.isError && <ErrorAlert error={renew.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={renew.isPending}
              onClick={() =>
                renew.mutate(undefined, {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: t('schedule.feed.renewed') });
                    close();
                  },
                })
              }
            >
              {t('schedule.feed.renewConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </section>
  );
}
