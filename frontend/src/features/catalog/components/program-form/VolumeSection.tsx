import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../../components/DateField';
import { ectsFromHours, formatEcts } from '../format';
import { HOURS_MAX, HOURS_MIN, hoursOf, type ProgramValues } from './values';

/** Hours (with the ECTS they make), capacity, training dates and the enrollment window in Kyiv time. */
export function VolumeSection({ form }: { form: UseFormReturnType<ProgramValues> }) {
  const { t, i18n } = useTranslation();
  const hours = hoursOf(form.values);
  const ectsHint =
    hours !== null && hours > 0
      ? t('catalog.form.ectsLive', { ects: formatEcts(ectsFromHours(hours), i18n.resolvedLanguage) })
      : t('catalog.form.ectsHint');
  return (
    <Fieldset legend={t('catalog.form.sectionVolume')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="number"
          inputMode="numeric"
          min={HOURS_MIN}
          max={HOURS_MAX}
          label={t('catalog.form.hours')}
          description={<span aria-live="polite">{ectsHint}</span>}
          required
          {...form.getInputProps('hours')}
        />
        <TextInput
          type="number"
          inputMode="numeric"
          min={1}
          label={`${t('catalog.form.capacity')} (${t('common.optional')})`}
          description={t('catalog.form.capacityHint')}
          {...form.getInputProps('capacity')}
        />
        <DateField label={t('catalog.form.startsOn')} {...form.getInputProps('startsOn')} />
        <DateField label={t('catalog.form.endsOn')} {...form.getInputProps('endsOn')} />
        <DateField
          withTime
          label={t('catalog.form.enrollmentOpensAt')}
          description={t('catalog.form.kyivTime')}
          {...form.getInputProps('enrollmentOpensAt')}
        />
        <DateField
          withTime
          label={t('catalog.form.enrollmentClosesAt')}
          description={t('catalog.form.kyivTime')}
          {...form.getInputProps('enrollmentClosesAt')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
