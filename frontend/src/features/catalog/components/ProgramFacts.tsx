import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramSummary } from '../api/schemas';
import { formatDate, formatEcts } from './format';

/** "120 год · 4,0 кредиту ЄКТС" */
export function HoursAndEcts({ program }: { program: Pick<ProgramSummary, 'hours' | 'ects'> }) {
  const { t, i18n } = useTranslation();
  return (
    <Text size="sm">
      {t('catalog.hoursAndEcts', { hours: program.hours, ects: formatEcts(program.ects, i18n.resolvedLanguage) })}
    </Text>
  );
}

/** "1 березня 2026 р. – 30 травня 2026 р.", or what is known of it. */
export function useDateRange() {
  const { t, i18n } = useTranslation();
  return (startsOn: string | null, endsOn: string | null): string => {
    const start = formatDate(startsOn, i18n.resolvedLanguage);
    const end = formatDate(endsOn, i18n.resolvedLanguage);
    if (start && end) return t('catalog.dateRange', { start, end });
    if (start) return t('catalog.startsOn', { date: start });
    if (end) return t('catalog.endsOn', { date: end });
    return t('catalog.datesTbd');
  };
}
