import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../lib/dates';
import type { Session } from '../api/schemas';

export const DEFAULT_TIME_ZONE = 'Europe/Kyiv';

/** The calendar day a session starts on, in its own zone: its `startsAt` already carries that zone's offset. */
export function sessionDay(session: Pick<Session, 'startsAt'>): string {
  return session.startsAt.slice(0, 10);
}

/** Whether the session has not ended yet at `now`. */
export function isUpcoming(session: Pick<Session, 'endsAt'>, now: number): boolean {
  return Date.parse(session.endsAt) > now;
}

/**
 * Times of sessions as people read them: always on the session's own clock and naming its zone
 * ("10:00 (Київ)"), 24-hour, dates day-month-year in the UI language.
 */
export function useSessionTime() {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.resolvedLanguage);

  const zoneName = (timeZone: string) =>
    timeZone === DEFAULT_TIME_ZONE ? t('schedule.time.kyiv') : (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
  const clock = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));
  const date = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso));
  /** `YYYY-MM-DD` as a heading: weekday, day, month, year. */
  const day = (value: string) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );

  return {
    zoneName,
    day,
    /** "10:00 (Київ)": an instant on a session's clock. */
    clockInZone: (iso: string, timeZone: string) => t('schedule.time.inZone', { time: clock(iso, timeZone), zone: zoneName(timeZone) }),
    /** "10:00–11:30 (Київ)". */
    hours: (session: Pick<Session, 'startsAt' | 'endsAt' | 'timeZone'>) =>
      t('schedule.time.hours', {
        start: clock(session.startsAt, session.timeZone),
        end: clock(session.endsAt, session.timeZone),
        zone: zoneName(session.timeZone),
      }),
    /** "1 березня 2026 р., 10:00–11:30 (Київ)"; a session over several days names both dates. */
    when: (session: Pick<Session, 'startsAt' | 'endsAt' | 'timeZone'>) => {
      const zone = zoneName(session.timeZone);
      const startDate = date(session.startsAt, session.timeZone);
      const endDate = date(session.endsAt, session.timeZone);
      const start = clock(session.startsAt, session.timeZone);
      const end = clock(session.endsAt, session.timeZone);
      return startDate === endDate
        ? t('schedule.time.when', { date: startDate, start, end, zone })
        : t('schedule.time.whenDays', { startDate, start, endDate, end, zone });
    },
  };
}
