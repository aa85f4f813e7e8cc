import type { Module, Program, ProgramSummary } from '../api/schemas';

/** Test data shared by the catalog's route-level tests. */
export const adminMe = {
  id: 1,
  email: 'admin@example.org',
  surname: 'Адміненко',
  givenName: 'Ганна',
  patronymic: null,
  fullName: 'Адміненко Ганна',
  roles: ['admin'],
};

export const summary: ProgramSummary = {
  id: 7,
  title: 'Цифрова трансформація громад',
  provider: 'Школа публічного управління',
  programType: 'special',
  duration: 'long_term',
  hours: 120,
  ects: 4,
  language: 'uk',
  startsOn: '2026-03-01',
  endsOn: '2026-05-30',
  enrollmentOpensAt: '2026-01-10T07:00:00Z',
  enrollmentClosesAt: '2026-02-20T21:59:00Z',
  enrollmentOpen: true,
  status: 'published',
  moduleCount: 3,
};

export const modules: Module[] = [
  { id: 31, position: 1, title: 'Електронні послуги', description: '', hours: 40 },
  { id: 30, position: 0, title: 'Основи цифрового врядування', description: 'Вступ', hours: 30 },
  { id: 32, position: 2, title: 'Кібергігієна', description: '', hours: 50 },
];

export const program: Program = {
  ...summary,
  description: 'Перший рядок опису.\n<b>Другий</b> рядок.',
  partners: [{ name: 'Фонд розвитку', url: 'https://fund.example.org' }],
  learningOutcomes: ['Планувати цифрові послуги', 'Оцінювати ризики'],
  capacity: 40,
  trainers: [{ id: 5, fullName: 'Тренерко Олег' }],
  modules,
  version: 3,
  canEdit: false,
};

export const page = <T>(items: T[]) => ({ items, page: 0, size: 12, totalItems: items.length, totalPages: 1 });
