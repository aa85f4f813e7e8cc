import { Alert, Anchor, Button, Card, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { StatusPage } from '../../../components/StatusPage';
import { isApiError } from '../../../lib/problem';
import { useSession } from '../api/get-session';
import type { Session } from '../api/schemas';
import { SessionBadges, usePlace } from '../components/SessionBadges';
import { CalendarFileLink, SessionActions } from '../components/SessionActions';
import { useSessionTime } from '../components/session-time';

interface SessionRouteProps {
  /** The module and program the session belongs to; `src/app` reads them from the catalog. */
  context: (session: Session) => ReactNode;
  /** Whether the viewer is an admitted participant of the program (undefined while that is not known). */
  isParticipant: (programId: number) => boolean | undefined;
  /** What else an admitted participant can do here (check in), composed by `src/app`. */
  participantActions?: (session: Session) => ReactNode;
  /** Sections below the description (recordings), composed by `src/app`. */
  sections?: (session: Session) => ReactNode;
}

/**
 * `/sessions/:id`, where the links in emails lead: the public facts for everyone, and for an
 * admitted participant registration, the meeting link and the calendar file.
 */
export function SessionRoute({ context, isParticipant, participantActions, sections }: SessionRouteProps) {
  const { t } = useTranslation();
  const raw = useParams().id ?? '';
  const id = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  const query = useSession(id);
  const time = useSessionTime();
  const place = usePlace();

  if (!Number.isInteger(id) || (isApiError(query.error) && query.error.status === 404)) {
    return (
      <StatusPage
        code="404"
        title={t('schedule.page.notFoundTitle')}
        text={t('schedule.page.notFoundText')}
        actions={
          <Button component={Link} to="/programs">
            {t('catalog.backToCatalog')}
          </Button>
        }
      />
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Loading />;
  const session = query.data;
  // A registration or a meeting link shows that the server counts the viewer as a participant.
  const participant = isParticipant(session.programId) ?? (session.myRegistration !== null || session.meetingUrlAvailableAt !== null);

  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        {context(session)}
        <PageTitle mb={0}>{session.title}</PageTitle>
        <SessionBadges session={session} />
      </Stack>

      {session.status === 'cancelled' && (
        <Alert color="red" variant="light" title={t('schedule.page.cancelledTitle')}>
          {session.cancellationReason ?? t('schedule.page.cancelledText')}
        </Alert>
      )}

      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('schedule.page.when')}
            </Text>
            <Text fw={600}>{time.when(session)}</Text>
          </Stack>
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('schedule.page.where')}
            </Text>
            <Text fw={600}>{place(session)}</Text>
          </Stack>
          {participant ? (
            <>
              {participantActions?.(session)}
              <SessionActions session={session} />
            </>
          ) : (
            session.status !== 'cancelled' &&
            session.status !== 'completed' && (
              <Text size="sm">
                {t('schedule.page.forParticipants')}{' '}
                <Anchor component={Link} to={`/programs/${session.programId}`}>
                  {t('schedule.page.aboutProgram')}
                </Anchor>
              </Text>
            )
          )}
          {session.status !== 'cancelled' && <CalendarFileLink session={session} />}
        </Stack>
      </Card>

      {session.speakers.length > 0 && (
        <section aria-labelledby="speakers-heading">
          <Title order={2} fz="h3" id="speakers-heading" mb="xs">
            {t('schedule.page.speakers')}
          </Title>
          <List spacing="sm" listStyleType="none" p={0}>
            {session.speakers.map((speaker, index) => (
              <List.Item key={index}>
                <Text fw={600}>{speaker.name}</Text>
                {speaker.position && <Text size="sm">{speaker.position}</Text>}
                {speaker.bio && (
                  <Text size="sm" c="dimmed">
                    {speaker.bio}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </section>
      )}

      {session.description && (
        <section aria-labelledby="description-heading">
          <Title order={2} fz="h3" id="description-heading" mb="xs">
            {t('schedule.page.description')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{session.description}</Text>
        </section>
      )}

      {sections?.(session)}
    </Stack>
  );
}
