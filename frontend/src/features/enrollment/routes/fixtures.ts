/** Test data shared by the enrollment route-level tests. */
export const learnerMe = {
  id: 5,
  email: 'olena@example.org',
  surname: 'Коваленко',
  givenName: 'Олена',
  patronymic: 'Петрівна',
  fullName: 'Коваленко Олена Петрівна',
  roles: ['learner'],
};

/** One entry of `GET /api/me/programs`: by default a submitted application to program 7. */
export const myProgram = (overrides: Record<string, unknown> = {}) => ({
  programId: 7,
  title: 'Цифрова трансформація громад',
  startsOn: '2026-03-01',
  endsOn: '2026-05-30',
  applicationId: 31,
  status: 'submitted',
  submittedAt: '2026-01-15T10:00:00Z',
  decisionMessage: null,
  ...overrides,
});

export const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };

export const questionnaire = {
  programId: 7,
  allowReapply: false,
  version: 1,
  questions: [
    { id: 'experience', kind: 'short_text', label: 'Стаж роботи в громаді', required: false, options: null },
    { id: 'motivation', kind: 'long_text', label: 'Чому ви хочете пройти програму?', required: true, options: null },
    { id: 'format', kind: 'single_choice', label: 'Зручний формат', required: true, options: ['Онлайн', 'Наживо'] },
    { id: 'topics', kind: 'multiple_choice', label: 'Теми, що цікавлять', required: false, options: ['Бюджет', 'Цифрові послуги', 'Кібергігієна'] },
    { id: 'laptop', kind: 'yes_no', label: 'Чи маєте ви ноутбук?', required: true, options: null },
  ],
};

export const applicationProfile = {
  surname: 'Коваленко',
  givenName: 'Олена',
  patronymic: 'Петрівна',
  email: 'olena@example.org',
  phone: '+380501234567',
  region: 'Полтавська область',
  organization: 'Решетилівська міська рада',
  position: 'Спеціаліст',
  category: 'Посадова особа місцевого самоврядування',
  gender: null,
  consent: false,
};

export const application = {
  id: 31,
  programId: 7,
  programTitle: 'Цифрова трансформація громад',
  userId: 5,
  status: 'submitted',
  profile: { ...applicationProfile, consent: true },
  answers: {},
  decisionMessage: null,
  submittedAt: '2026-01-15T10:00:00Z',
  decidedAt: null,
};

export const adminMe = {
  id: 1,
  email: 'admin@example.org',
  surname: 'Адміненко',
  givenName: 'Ганна',
  patronymic: null,
  fullName: 'Адміненко Ганна',
  roles: ['admin'],
};

export const trainerMe = { ...adminMe, id: 9, fullName: 'Тренерко Олег', roles: ['trainer'] };

/** Program 7 as `GET /api/programs/7` answers a person who may manage it. */
export const managedProgram = {
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
  moduleCount: 0,
  description: '',
  partners: [],
  learningOutcomes: [],
  capacity: 2,
  trainers: [{ id: 9, fullName: 'Тренерко Олег' }],
  modules: [],
  version: 3,
  canEdit: true,
};

export const page = <T>(items: T[], size = 50) => ({
  items,
  page: 0,
  size,
  totalItems: items.length,
  totalPages: items.length === 0 ? 0 : 1,
});
