import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/uk';
import customParseFormat from 'dayjs/plugin/customParseFormat';

// Date fields read what the person types in their own format ("01.03.2026", "01/03/2026 09:00").
dayjs.extend(customParseFormat);

/**
 * The Intl locale for dates shown in a UI language: day-month-year and a 24-hour clock in both
 * (British English rather than American for `en`).
 */
export function intlLocale(language: string | undefined): string {
  return language === 'en' ? 'en-GB' : 'uk-UA';
}

/** How date fields show and read dates in a UI language: day, month, year; 24-hour time. */
export function dateInputFormat(language: string | undefined, withTime = false): string {
  const date = language === 'en' ? 'DD/MM/YYYY' : 'DD.MM.YYYY';
  return withTime ? `${date} HH:mm` : date;
}

/** An instant as a long date with 24-hour time, in the browser's time zone; the input itself when unreadable. */
export function formatDateTime(iso: string, language: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `timeZone` at an instant, as numbers (year, month, day, hour, minute, second). */
function wallClock(epochMs: number, timeZone: string): Record<string, number> {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormats.set(timeZone, format);
  }
  const result: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') result[part.type] = Number(part.value);
  }
  return result;
}

/** The zone's offset from UTC at the given instant, in milliseconds (Kyiv: +2 h or +3 h). */
function zoneOffset(epochMs: number, timeZone: string): number {
  const p = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const pad = (value: number | undefined, length = 2) => String(value ?? 0).padStart(length, '0');

/** Whether the browser knows the IANA time zone (e.g. `Europe/Kyiv`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** ISO instant → `YYYY-MM-DD HH:mm:00` on the wall clock of `timeZone`, the value of a date field with time. */
export function instantToZonedInput(value: string | null, timeZone: string): string | null {
  if (!value) return null;
  const epochMs = Date.parse(value);
  if (Number.isNaN(epochMs)) return null;
  const p = wallClock(epochMs, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:00`;
}

/** `YYYY-MM-DD HH:mm[:ss]` read on the wall clock of `timeZone` → epoch milliseconds; null when not a date-time. */
function zonedInputToEpoch(value: string | null, timeZone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset depends on the instant itself (daylight saving time); two passes settle it.
  let epochMs = wall - zoneOffset(wall, timeZone);
  epochMs = wall - zoneOffset(epochMs, timeZone);
  return epochMs;
}

/** `YYYY-MM-DD HH:mm[:ss]` in `timeZone` → ISO instant in UTC (`…Z`); null when empty or not a date-time. */
export function zonedInputToInstant(value: string | null, timeZone: string): string | null {
  const epochMs = zonedInputToEpoch(value, timeZone);
  return epochMs === null ? null : new Date(epochMs).toISOString();
}

/** `YYYY-MM-DD HH:mm[:ss]` in `timeZone` → ISO-8601 with the zone's offset (`2026-03-01T10:00:00+02:00`). */
export function zonedInputToOffsetDateTime(value: string | null, timeZone: string): string | null {
  const epochMs = zonedInputToEpoch(value, timeZone);
  if (epochMs === null) return null;
  const offsetMinutes = Math.round(zoneOffset(epochMs, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${(instantToZonedInput(new Date(epochMs).toISOString(), timeZone) ?? '').replace(' ', 'T')}${offset}`;
}
