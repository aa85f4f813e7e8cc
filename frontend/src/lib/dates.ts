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
