import { mockFetch, type Handler, type MockResponse } from '../../../testing/fetch-mock';

/** Test data shared by the question bank's route-level tests. */
export const trainerMe = {
  id: 9,
  email: 'trainer@example.org',
  surname: 'Тренерко',
  givenName: 'Олег',
  patronymic: null,
  fullName: 'Тренерко Олег',
  roles: ['trainer'],
};

/** Program 7 as `GET /api/programs/7` answers one of its trainers. */
export const program = {
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
  enrollmentOpensAt: null,
  enrollmentClosesAt: null,
  enrollmentOpen: false,
  status: 'published',
  moduleCount: 0,
  description: '',
  partners: [],
  learningOutcomes: [],
  capacity: 40,
  trainers: [],
  modules: [],
  version: 3,
  canEdit: true,
};

/** Law (3 questions) with Budget (2) under it, and Ethics (0). */
export const categories = [
  { id: 1, parentId: null, name: 'Право', path: ['Право'], questionCount: 3 },
  { id: 2, parentId: 1, name: 'Бюджет', path: ['Право', 'Бюджет'], questionCount: 2 },
  { id: 3, parentId: null, name: 'Етика', path: ['Етика'], questionCount: 0 },
];

export const summary = (overrides: Record<string, unknown> = {}) => ({
  id: 51,
  type: 'single_choice',
  name: 'Бюджетний кодекс',
  categoryId: 2,
  category: ['Право', 'Бюджет'],
  tags: ['бюджет'],
  versionNumber: 3,
  answered: true,
  updatedAt: '2026-04-02T09:00:00Z',
  ...overrides,
});

export const page = (items: unknown[], overrides: Record<string, unknown> = {}) => ({
  items,
  page: 0,
  size: 50,
  totalItems: items.length,
  totalPages: 1,
  ...overrides,
});

/** Question 51, a single choice in Budget, as `GET /api/questions/51` answers. */
export const question = (overrides: Record<string, unknown> = {}) => ({
  id: 51,
  programId: 7,
  categoryId: 2,
  category: ['Право', 'Бюджет'],
  type: 'single_choice',
  name: 'Бюджетний кодекс',
  text: '<p>Хто ухвалює місцевий бюджет?</p>',
  feedback: null,
  mark: 1,
  penalty: 0.3333333,
  shuffle: true,
  caseSensitive: false,
  choices: [
    { text: '<p>Рада громади</p>', fraction: 1, feedback: '<p>Так, рада.</p>' },
    { text: '<p>Голова громади</p>', fraction: 0, feedback: null },
  ],
  numbers: [],
  pairs: [],
  tags: ['бюджет'],
  versionNumber: 3,
  version: 8,
  answered: false,
  createdAt: '2026-03-01T09:00:00Z',
  updatedAt: '2026-04-02T09:00:00Z',
  ...overrides,
});

export const problem = (status: number, code: string, detail: string, errors?: { field: string; code: string; message: string }[]): MockResponse => ({
  status,
  body: { status, code, detail, ...(errors ? { errors } : {}) },
});

/** A trainer of program 7 with its bank; `routes` add or replace answers. */
export function bank(routes: Record<string, Handler | MockResponse> = {}) {
  document.cookie = 'civitas_csrf=t; path=/';
  return mockFetch({
    'GET /api/me': { body: trainerMe },
    'GET /api/programs/7': { body: program },
    'GET /api/programs/7/question-categories': { body: categories },
    'GET /api/programs/7/questions': { body: page([summary()]) },
    ...routes,
  });
}
