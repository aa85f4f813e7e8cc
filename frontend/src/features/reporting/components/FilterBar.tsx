import { Button, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import type { ProgramReport, ReportFilters } from '../api/schemas';
import classes from '../reporting.module.css';
import { useGenderLabel } from './labels';

type SelectKey = 'region' | 'organization' | 'category' | 'gender';
const OPTION_LISTS: Record<SelectKey, keyof ProgramReport['options']> = {
  region: 'regions',
  organization: 'organizations',
  category: 'categories',
  gender: 'genders',
};

interface FilterBarProps {
  filters: ReportFilters;
  /** The values present in the program's applications; none until the first report arrives. */
  options: ProgramReport['options'] | undefined;
  onChange: (key: keyof ReportFilters, value: string | undefined) => void;
  onClear: () => void;
}

/** The report's filters: region, organization, category and gender from the applications, and a period. */
export function FilterBar({ filters, options, onChange, onClear }: FilterBarProps) {
  const { t } = useTranslation();
  const genderLabel = useGenderLabel();
  const labels: Record<SelectKey, string> = {
    region: t('reporting.filters.region'),
    organization: t('reporting.filters.organization'),
    category: t('reporting.filters.category'),
    gender: t('reporting.filters.gender'),
  };
  const data = (key: SelectKey) => {
    // blank values and repeats would clash with "all" (the empty value) or each other: Mantine refuses duplicate options
    const values = [...new Set((options?.[OPTION_LISTS[key]] ?? []).filter((value) => value.trim() !== ''))];
    // a shared link may name a value this period has none of: keep it selectable and visible
    const current = filters[key];
    if (current && !values.includes(current)) values.unshift(current);
    return [
      { value: '', label: t('reporting.filters.all') },
      ...values.map((value) => ({ value, label: key === 'gender' ? genderLabel(value) : value })),
    ];
  };
  const any = Object.values(filters).some(Boolean);

  return (
    <div role="search" aria-label={t('reporting.filters.label')} className={classes.filters}>
      {(Object.keys(OPTION_LISTS) as SelectKey[]).map((key) => (
        <Select
          key={key}
          label={labels[key]}
          data={data(key)}
          value={filters[key] ?? ''}
          onChange={(value) => onChange(key, value ?? undefined)}
          allowDeselect={false}
          searchable={key !== 'gender'}
          nothingFoundMessage={t('reporting.filters.nothingFound')}
          comboboxProps={{ withinPortal: true }}
        />
      ))}
      <DateField
        label={t('reporting.filters.from')}
        value={filters.from ?? null}
        onChange={(value) => onChange('from', value ?? undefined)}
        maxDate={filters.to}
      />
      <DateField
        label={t('reporting.filters.to')}
        value={filters.to ?? null}
        onChange={(value) => onChange('to', value ?? undefined)}
        minDate={filters.from}
      />
      {any && (
        <Button variant="subtle" onClick={onClear}>
          {t('reporting.filters.clear')}
        </Button>
      )}
    </div>
  );
}
