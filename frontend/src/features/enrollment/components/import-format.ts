import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../lib/dates';

/** Dates and sizes as the UI language writes them. */
export function useImportFormat() {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.resolvedLanguage);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const formatDateTime = (iso: string | null) => {
    if (!iso) return '';
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
  };
  const formatSize = (bytes: number) =>
    bytes >= 1024 * 1024
      ? t('enrollment.imports.upload.megabytes', { size: number.format(bytes / 1024 / 1024) })
      : t('enrollment.imports.upload.kilobytes', { size: number.format(Math.max(0.1, bytes / 1024)) });
  const formatPercent = (percent: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
  return { formatDateTime, formatSize, formatPercent };
}
