import { useTranslation } from 'react-i18next';

const GENDERS = ['female', 'male', 'other'] as const;
const STATUSES = ['draft', 'published', 'archived'] as const;

/** A gender value as people read it; null is "not stated", an unknown value shows as it is. */
export function useGenderLabel() {
  const { t } = useTranslation();
  return (value: string | null) => {
    if (value === null) return t('reporting.gender.none');
    const known = GENDERS.find((gender) => gender === value);
    return known ? t(`reporting.gender.${known}`) : value;
  };
}

/** A program's status as people read it. */
export function useStatusLabel() {
  const { t } = useTranslation();
  return (value: string) => {
    const known = STATUSES.find((status) => status === value);
    return known ? t(`reporting.status.${known}`) : value;
  };
}
