import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useChangeRegistration } from '../api/register';
import type { Session } from '../api/schemas';
import { useSessionTime } from './session-time';

/** `GET /api/sessions/{id}/calendar.ics`: the event as a file, for any calendar program. */
export function CalendarFileLink({ session }: { session: Session }) {
  const { t } = useTranslation();
  return (
    <Anchor href={`/api/sessions/${session.id}/calendar.ics`} download={`session-${session.id}.ics`} size="sm">
      {t('schedule.actions.addToCalendar')}
    </Anchor>
  );
}

/**
 * What an admitted participant can do about a session: register (or join the waiting list), give
 * the place back, and join the meeting once its link is there ("the link appears at 09:30" before).
 */
export function SessionActions({ session, compact = false }: { session: Session; compact?: boolean }) {
  const { t } = useTranslation();
  const time = useSessionTime();
  const change = useChangeRegistration();
  const size = compact ? 'xs' : 'sm';

  if (session.status === 'cancelled' || session.status === 'completed') return null;

  const full = session.capacity !== null && session.registered >= session.capacity;
  const register = (yes: boolean) =>
    change.mutate(
      { id: session.id, register: yes },
      {
        onSuccess: (changed) =>
          notifications.show({
            color: 'teal',
            message: t(
              changed.myRegistration === 'registered'
                ? 'schedule.actions.registeredDone'
                : changed.myRegistration === 'waitlisted'
                  ? 'schedule.actions.waitlistedDone'
                  : 'schedule.actions.unregisteredDone',
              { title: changed.title },
            ),
          }),
      },
    );

  return (
    <Stack gap="xs">
      {!compact && session.myRegistration === 'registered' && <Text size="sm">{t('schedule.actions.registeredText')}</Text>}
      {!compact && session.myRegistration === 'waitlisted' && (
        <Alert color="yellow" variant="light" p="sm">
          {t('schedule.actions.waitlistedText')}
        </Alert>
      )}
      {!compact && !session.myRegistration && (
        <Text size="sm">
          {session.registrationRequired ? t('schedule.actions.registrationRequired') : t('schedule.actions.registrationOptional')}
        </Text>
      )}
      <Group gap="xs">
        {session.meetingUrl && (
          <Button
            component="a"
            href={session.meetingUrl}
            target="_blank"
            rel="noopener noreferrer"
            size={size}
            color="green"
            aria-label={compact ? t('schedule.actions.joinTo', { title: session.title }) : undefined}
          >
            {t('schedule.actions.join')}
          </Button>
        )}
        {session.myRegistration ? (
          <Button
            variant="default"
            size={size}
            loading={change.isPending}
            onClick={() => register(false)}
            aria-label={compact ? t('schedule.actions.unregisterFrom', { title: session.title }) : undefined}
          >
            {session.myRegistration === 'registered' ? t('schedule.actions.unregister') : t('schedule.actions.leaveWaitlist')}
          </Button>
        ) : (
          <Button
            size={size}
            loading={change.isPending}
            onClick={() => register(true)}
            aria-label={compact ? t('schedule.actions.registerFor', { title: session.title }) : undefined}
          >
            {full ? t('schedule.actions.joinWaitlist') : t('schedule.actions.register')}
          </Button>
        )}
      </Group>
      {!session.meetingUrl && session.meetingUrlAvailableAt && (
        <Text size="sm" c="dimmed">
          {t('schedule.actions.linkAppearsAt', { time: time.clockInZone(session.meetingUrlAvailableAt, session.timeZone) })}
        </Text>
      )}
      {change.isError && <ErrorAlert error={change.error} />}
    </Stack>
  );
}
