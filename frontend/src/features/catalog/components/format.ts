import { intlLocale } from '../../../lib/dates';

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

const kyivParts = new Intl.DateTimeFormat('en-US', {
  timeZone: KYIV_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallClock(epochMs: number): Record<string, number> {
  const result: Record<string, number> = {};
  for (const part of kyivParts.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') result[part.type] = Number(part.value);
  }
  return result;
}

/** Kyiv's offset from UTC at the given instant, in milliseconds (+2 h or +3 h). */
function kyivOffset(epochMs: number): number {
  const p = wallClock(epochMs);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const pad = (value: number | undefined, length = 2) => String(value ?? 0).padStart(length, '0');

/** ISO instant → `YYYY-MM-DD HH:mm:ss` in Kyiv time, the value of a date field with time. */
export function instantToKyivInput(value: string | null): string | null {
  if (!value) return null;
  const epochMs = Date.parse(value);
  if (Number.isNaN(epochMs)) return null;
  const p = wallClock(epochMs);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:00`;
}

/** `YYYY-MM-DD HH:mm[:ss]` read as Kyiv time → ISO instant; null when empty or not a date-time. */
export function kyivInputToInstant(value: string | null): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset depends on the instant itself (daylight saving time); two passes settle it.
  let epochMs = wall - kyivOffset(wall);
  epochMs = wall - kyivOffset(epochMs);
  return new Date(epochMs).toISOString();
}
