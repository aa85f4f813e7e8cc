import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session, SessionStatus } from '../api/schemas';

const STATUS_COLORS: Record<SessionStatus, string> = {
  scheduled: 'blue',
  // filled, so dark enough for white text (5:1); Mantine's green.9 stays under 4.5:1
  live: 'teal.9',
  completed: 'gray',
  cancelled: 'red',
};

/** The session's status, its format, and the viewer's registration when there is one. */
export function SessionBadges({ session }: { session: Session }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge color={STATUS_COLORS[session.status]} variant={session.status === 'live' ? 'filled' : 'light'}>
        {t(`schedule.status.${session.status}`)}
      </Badge>
      <Badge color="gray" variant="outline">
        {t(`schedule.format.${session.format}`)}
      </Badge>
      {session.myRegistration && (
        <Badge color={session.myRegistration === 'registered' ? 'teal' : 'yellow'} variant="light">
          {t(`schedule.registration.${session.myRegistration}`)}
        </Badge>
      )}
    </Group>
  );
}

/** Where the session happens: "online", or the venue, room and address (both for a hybrid one). */
export function usePlace() {
  const { t } = useTranslation();
  return (session: Pick<Session, 'format' | 'venue' | 'room' | 'address'>) => {
    const venue = [session.venue, session.room, session.address].filter(Boolean).join(', ');
    if (session.format === 'online' || !venue) return t('schedule.place.online');
    return session.format === 'hybrid' ? t('schedule.place.hybrid', { venue }) : venue;
  };
}
