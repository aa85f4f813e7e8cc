import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProgramSessions } from '../api/get-program-sessions';
import { usePlace } from './SessionBadges';
import { isUpcoming, useSessionTime } from './session-time';

/** On the program's public page: its upcoming sessions in brief, each linking to its page. */
export function UpcomingSessions({ programId }: { programId: number }) {
  const { t } = useTranslation();
  const sessions = useProgramSessions(programId);
  const time = useSessionTime();
  const place = usePlace();
  const [now] = useState(() => Date.now());
  const upcoming = (sessions.data ?? []).filter((session) => session.status !== 'cancelled' && isUpcoming(session, now));
  if (upcoming.length === 0) return null;
  return (
    <section aria-labelledby="sessions-heading">
      <Title order={2} fz="h3" id="sessions-heading" mb="xs">
        {t('schedule.upcoming.title')}
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="sessions-heading">
        {upcoming.map((session) => (
          <li key={session.id}>
            <Anchor component={Link} to={`/sessions/${session.id}`} fw={600}>
              {session.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {time.when(session)} · {place(session)}
            </Text>
          </li>
        ))}
      </Stack>
    </section>
  );
}
