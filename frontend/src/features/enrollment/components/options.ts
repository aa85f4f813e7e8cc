/** Ukraine's 24 oblasts and Kyiv, as the application profile stores them. */
export const REGIONS = [
  'Вінницька область',
  'Волинська область',
  'Дніпропетровська область',
  'Донецька область',
  'Житомирська область',
  'Закарпатська область',
  'Запорізька область',
  'Івано-Франківська область',
  'Київська область',
  'Кіровоградська область',
  'Луганська область',
  'Львівська область',
  'Миколаївська область',
  'Одеська область',
  'Полтавська область',
  'Рівненська область',
  'Сумська область',
  'Тернопільська область',
  'Харківська область',
  'Херсонська область',
  'Хмельницька область',
  'Черкаська область',
  'Чернівецька область',
  'Чернігівська область',
  'Київ',
] as const;

/** Stored values of the category; labels come from `enrollment.categories.<key>`. */
export const CATEGORIES = {
  localSelfGovernment: 'Посадова особа місцевого самоврядування',
  localExecutive: 'Працівник місцевого органу виконавчої влади',
  civilServant: 'Державний службовець',
  civilSociety: 'Представник громадянського суспільства',
  other: 'Інше',
} as const;
export type CategoryKey = keyof typeof CATEGORIES;

/** Adds a stored value the list does not know (older profiles) so the select still shows it. */
export function withValue<T extends { value: string; label: string }>(data: T[], value: string): (T | { value: string; label: string })[] {
  if (value === '' || data.some((item) => item.value === value)) return data;
  return [...data, { value, label: value }];
}

/** The category as the UI language names it; values the list does not know are shown as stored. */
export function categoryKey(value: string): CategoryKey | undefined {
  return (Object.keys(CATEGORIES) as CategoryKey[]).find((key) => CATEGORIES[key] === value);
}

/** A person's full name as Ukrainian documents write it: surname, given name, patronymic. */
export function fullName(profile: { surname: string; givenName: string; patronymic: string | null }): string {
  return [profile.surname, profile.givenName, profile.patronymic].filter(Boolean).join(' ');
}
