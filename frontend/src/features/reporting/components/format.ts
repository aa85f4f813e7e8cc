import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../lib/dates';

/** Numbers in the UI language: counts as integers, hours and ECTS with up to one decimal, percents. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.resolvedLanguage);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  return {
    number: (value: number) => number.format(value),
    /** "42 %", or "—" when there is nothing to measure. */
    percent: (value: number | null) => (value === null ? '—' : `${number.format(value)} %`),
    /** A share of `whole` in percent, or null when the whole is 0. */
    share: (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null),
    date: (iso: string | null) => {
      if (!iso) return '—';
      const parsed = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
      return Number.isNaN(parsed.getTime()) ? iso : date.format(parsed);
    },
    dateTime: (iso: string) => {
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : dateTime.format(parsed);
    },
    megabytes: (bytes: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / (1024 * 1024)),
  };
}

/** "Полтавська область" → "Полтавська": a short label for a chart's axis (the table keeps the full name). */
export function shortRegion(value: string): string {
  return value.replace(/\s+(область|oblast|region)$/i, '');
}
