import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/problem';
import { useLastDefined } from '../../../lib/use-last-defined';
import { useCancelSession } from '../api/cancel-session';
import { SESSION_HAS_REGISTRATIONS, useDeleteSession } from '../api/delete-session';
import type { Session } from '../api/schemas';

/** Cancels a session with an optional reason, after saying that its registrants will be told. */
export function CancelSessionModal({ session: selected, onClose }: { session: Session | null; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useLastDefined(selected);
  const cancel = useCancelSession();
  const [reason, setReason] = useState('');
  const close = () => {
    cancel.reset();
    setReason('');
    onClose();
  };
  const people = session ? session.registered + session.waitlisted : 0;
  return (
    <Modal opened={selected !== null} onClose={close} title={t('schedule.cancel.title')} centered>
      {session && (
        <Stack gap="md">
          <Text>
            {people > 0
              ? t('schedule.cancel.textPeople', { title: session.title, count: people })
              : t('schedule.cancel.textNobody', { title: session.title })}
          </Text>
          <Textarea
            label={`${t('schedule.cancel.reason')} (${t('common.optional')})`}
            description={t('schedule.cancel.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={1000}
            rows={3}
            data-autofocus
          />
          {cancel.isError && <ErrorAlert error={cancel.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('schedule.cancel.keep')}
            </Button>
            <Button
              color="red"
              loading={cancel.isPending}
              onClick={() =>
                cancel.mutate(
                  { id: session.id, reason: reason.trim() },
                  {
                    onSuccess: () => {
                      notifications.show({ color: 'teal', message: t('schedule.cancel.done', { title: session.title }) });
                      close();
                    },
                  },
                )
              }
            >
              {t('schedule.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

interface DeleteSessionModalProps {
  session: Session | null;
  onClose: () => void;
  /** Someone registered meanwhile: the session can only be cancelled now. */
  onCancelInstead: (session: Session) => void;
}

/** Deletes a session nobody registered for; when someone did meanwhile, offers to cancel it instead. */
export function DeleteSessionModal({ session: selected, onClose, onCancelInstead }: DeleteSessionModalProps) {
  const { t } = useTranslation();
  const session = useLastDefined(selected);
  const remove = useDeleteSession();
  const close = () => {
    remove.reset();
    onClose();
  };
  const taken = isApiError(remove.error) && remove.error.code === SESSION_HAS_REGISTRATIONS;
  return (
    <Modal opened={selected !== null} onClose={close} title={t('schedule.delete.title')} centered>
      {session && (
        <Stack gap="md">
          <Text>{t('schedule.delete.text', { title: session.title })}</Text>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            {taken ? (
              <Button
                color="red"
                onClick={() => {
                  close();
                  onCancelInstead(session);
                }}
              >
                {t('schedule.delete.cancelInstead')}
              </Button>
            ) : (
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(session.id, {
                    onSuccess: () => {
                      notifications.show({ color: 'teal', message: t('schedule.delete.done', { title: session.title }) });
                      close();
                    },
                  })
                }
              >
                {t('schedule.delete.confirm')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
