import { Alert, Button, Indicator, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCalendarAriaLabels } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useMySessions } from '../api/get-my-sessions';
import type { Session } from '../api/schemas';
import { CalendarFeed } from '../components/CalendarFeed';
import { SessionItem } from '../components/SessionItem';
import { isUpcoming, sessionDay, useSessionTime } from '../components/session-time';

type View = 'list' | 'calendar';

/** Sessions by the day they start on, days in the given order. */
function byDay(sessions: Session[], newestFirst: boolean): [string, Session[]][] {
  const days = new Map<string, Session[]>();
  const sorted = [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  if (newestFirst) sorted.reverse();
  for (const session of sorted) days.set(sessionDay(session), [...(days.get(sessionDay(session)) ?? []), session]);
  return [...days.entries()];
}

interface MySessionsRouteProps {
  /** The title of a program the person takes part in; `src/app` reads it from enrollment. */
  programTitle: (programId: number) => string | undefined;
}

/** `/my-sessions`: the sessions of the person's programs, upcoming first, as a list by day or a month calendar. */
export function MySessionsRoute({ programTitle }: MySessionsRouteProps) {
  const { t } = useTranslation();
  const sessions = useMySessions();
  const [view, setView] = useState<View>('list');
  // The moment the page opened decides what is upcoming; the server's status says what is live.
  const [now] = useState(() => Date.now());

  let content;
  if (sessions.isPending) content = <Loading />;
  else if (sessions.isError) content = <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />;
  else if (sessions.data.length === 0)
    content = (
      <Alert variant="light" title={t('schedule.mine.empty')}>
        <Text size="sm" mb="sm">
          {t('schedule.mine.emptyText')}
        </Text>
        <Button component={Link} to="/my-programs" size="sm">
          {t('nav.myPrograms')}
        </Button>
      </Alert>
    );
  else if (view === 'calendar') content = <SessionCalendar sessions={sessions.data} now={now} programTitle={programTitle} />;
  else {
    const upcoming = sessions.data.filter((session) => isUpcoming(session, now));
    const past = sessions.data.filter((session) => !isUpcoming(session, now));
    content = (
      <Stack gap="xl">
        <section aria-labelledby="upcoming-heading">
          <Title order={2} fz="h3" id="upcoming-heading" mb="sm">
            {t('schedule.mine.upcoming')}
          </Title>
          {upcoming.length === 0 ? (
            <Text c="dimmed">{t('schedule.mine.noUpcoming')}</Text>
          ) : (
            <Days days={byDay(upcoming, false)} programTitle={programTitle} />
          )}
        </section>
        {past.length > 0 && (
          <section aria-labelledby="past-heading">
            <Title order={2} fz="h3" id="past-heading" mb="sm">
              {t('schedule.mine.past')}
            </Title>
            <Days days={byDay(past, true)} programTitle={programTitle} />
          </section>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={860}>
      <PageTitle mb={0}>{t('schedule.mine.title')}</PageTitle>
      <SegmentedControl
        value={view}
        onChange={(value) => setView(value as View)}
        data={[
          { value: 'list', label: t('schedule.mine.list') },
          { value: 'calendar', label: t('schedule.mine.calendar') },
        ]}
        aria-label={t('schedule.mine.view')}
        style={{ alignSelf: 'flex-start' }}
      />
      {content}
      <CalendarFeed />
    </Stack>
  );
}

function Days({ days, programTitle }: { days: [string, Session[]][]; programTitle: (programId: number) => string | undefined }) {
  const time = useSessionTime();
  return (
    <Stack gap="lg">
      {days.map(([day, sessions]) => (
        <Stack key={day} gap="xs">
          <Title order={3} fz="md" id={`day-${day}`}>
            {time.day(day)}
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={`day-${day}`}>
            {sessions.map((session) => (
              <SessionItem key={session.id} session={session} programTitle={programTitle(session.programId)} />
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}

/** A month calendar marking the days with sessions; picking a day lists its sessions. */
function SessionCalendar({
  sessions,
  now,
  programTitle,
}: {
  sessions: Session[];
  now: number;
  programTitle: (programId: number) => string | undefined;
}) {
  const { t } = useTranslation();
  const time = useSessionTime();
  const calendarLabels = useCalendarAriaLabels();
  const days = byDay(sessions, false);
  const sessionDays = new Set(days.map(([day]) => day));
  const first = sessions.filter((session) => isUpcoming(session, now)).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
  const [selected, setSelected] = useState<string | null>(first ? sessionDay(first) : (days.at(-1)?.[0] ?? null));
  const chosen = days.filter(([day]) => day === selected);

  return (
    <Stack gap="md">
      <DatePicker
        value={selected}
        onChange={setSelected}
        defaultDate={selected ?? undefined}
        aria-label={t('schedule.mine.calendar')}
        ariaLabels={calendarLabels}
        // weekends in red and the neighbouring months' days in grey are too faint to read
        weekendDays={[]}
        hideOutsideDates
        renderDay={(date) => {
          const day = Number(date.slice(8, 10));
          return sessionDays.has(date) ? (
            <Indicator size={6} color="civitas" offset={-3}>
              <span style={{ fontWeight: 800 }}>{day}</span>
            </Indicator>
          ) : (
            day
          );
        }}
        getDayAriaLabel={(date) => (sessionDays.has(date) ? t('schedule.mine.dayWithSessions', { date: time.day(date) }) : '')}
      />
      {chosen.length === 0 ? (
        <Text c="dimmed">{t('schedule.mine.noSessionsThatDay')}</Text>
      ) : (
        <Days days={chosen} programTitle={programTitle} />
      )}
    </Stack>
  );
}
