import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dateInputFormat } from '../lib/dates';

/** Names for a calendar's previous and next buttons, in the UI language (Mantine leaves them unnamed). */
export function useCalendarAriaLabels() {
  const { t } = useTranslation();
  return {
    previousMonth: t('dates.previousMonth'),
    nextMonth: t('dates.nextMonth'),
    previousYear: t('dates.previousYear'),
    nextYear: t('dates.nextYear'),
    previousDecade: t('dates.previousDecade'),
    nextDecade: t('dates.nextDecade'),
  };
}

/** Mantine's date pickers in the UI language (month names, first day of the week). */
export function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.resolvedLanguage ?? 'uk', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

/**
 * A date (`YYYY-MM-DD`), or with `withTime` a date and time (`YYYY-MM-DD HH:mm:ss`): typed in the
 * person's format (day, month, year; 24-hour time) or picked from a calendar.
 */
export function DateField({ withTime = false, ...props }: Omit<DateInputProps, 'valueFormat'> & { withTime?: boolean }) {
  const { t, i18n } = useTranslation();
  const format = dateInputFormat(i18n.resolvedLanguage, withTime);
  return (
    <DateInput
      valueFormat={format}
      placeholder={withTime ? t('dates.dateTimePlaceholder') : t('dates.datePlaceholder')}
      withTime={withTime}
      clearable
      fixOnBlur
      aria-invalid={Boolean(props.error)}
      {...props}
    />
  );
}
