import { instantToZonedInput, intlLocale, zonedInputToInstant } from '../../../lib/dates';

/** Formatting for programs: Kyiv time for instants, calendar dates as written, hours and ECTS. */

export const KYIV_TIME_ZONE = 'Europe/Kyiv';
export const HOURS_PER_ECTS = 30;

/** `YYYY-MM-DD` → a readable date; the value is a calendar date, so no time zone applies. */
export function formatDate(value: string | null, language: string | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An ISO instant shown in Kyiv time. */
export function formatInstant(value: string | null, language: string | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: KYIV_TIME_ZONE,
  }).format(date);
}

export function formatEcts(ects: number, language: string | undefined): string {
  return new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ects);
}

/** ECTS as the server computes it (hours / 30), for the live hint next to the hours input. */
export function ectsFromHours(hours: number): number {
  return Math.round((hours / HOURS_PER_ECTS) * 10) / 10;
}

/** ISO instant → `YYYY-MM-DD HH:mm:ss` in Kyiv time, the value of a date field with time. */
export function instantToKyivInput(value: string | null): string | null {
  return instantToZonedInput(value, KYIV_TIME_ZONE);
}

/** `YYYY-MM-DD HH:mm[:ss]` read as Kyiv time → ISO instant; null when empty or not a date-time. */
export function kyivInputToInstant(value: string | null): string | null {
  return zonedInputToInstant(value, KYIV_TIME_ZONE);
}
