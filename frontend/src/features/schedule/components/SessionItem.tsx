import { Anchor, Card, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Session } from '../api/schemas';
import { SessionActions } from './SessionActions';
import { SessionBadges, usePlace } from './SessionBadges';
import { useSessionTime } from './session-time';

/** A session in a participant's list: its hours, title (to its page), program, place and what to do now. */
export function SessionItem({ session, programTitle }: { session: Session; programTitle: string | undefined }) {
  const time = useSessionTime();
  const place = usePlace();
  return (
    <Card component="li" withBorder padding="md" data-testid="session-item">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {time.hours(session)}
        </Text>
        <Anchor component={Link} to={`/sessions/${session.id}`} fw={700}>
          {session.title}
        </Anchor>
        {programTitle && (
          <Text size="sm" c="dimmed">
            {programTitle}
          </Text>
        )}
        <Text size="sm">{place(session)}</Text>
        <SessionBadges session={session} />
        <SessionActions session={session} compact />
      </Stack>
    </Card>
  );
}
