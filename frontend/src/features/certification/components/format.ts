import { intlLocale } from '../../../lib/dates';

/** An ISO date (`2026-03-01`) or instant as a long date in the UI language; the input itself when unreadable. */
export function formatDate(value: string | null, language: string | undefined): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long' }).format(date);
}

/** A number as the UI language writes it (ECTS may be fractional: "1,5"). */
export function formatNumber(value: number, language: string | undefined): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 2 }).format(value);
}
