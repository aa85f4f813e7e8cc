import type { Material, Module, Program, ProgramSummary } from '../api/schemas';

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
  recordingMakeUpPercent: null,
  trainers: [{ id: 5, fullName: 'Тренерко Олег' }],
  modules,
  version: 3,
  canEdit: false,
};

export const page = <T>(items: T[]) => ({ items, page: 0, size: 12, totalItems: items.length, totalPages: 1 });

/** Program 7's materials in the server's order: program-wide first, then module 30 (first), then 31. */
export const materials: Material[] = [
  {
    id: 50,
    moduleId: null,
    kind: 'file',
    title: 'Розклад програми',
    visibility: 'public',
    position: 0,
    url: '/api/materials/50/file',
    fileName: 'rozklad.pdf',
    contentType: 'application/pdf',
    sizeBytes: 2_516_582,
    createdAt: '2026-02-01T09:00:00Z',
  },
  {
    id: 51,
    moduleId: null,
    kind: 'link',
    title: 'Чат учасників',
    visibility: 'participants',
    position: 1,
    url: 'https://chat.example.org/civitas',
    fileName: null,
    contentType: null,
    sizeBytes: null,
    createdAt: '2026-02-01T09:05:00Z',
  },
  {
    id: 52,
    moduleId: 30,
    kind: 'file',
    title: 'Презентація: основи',
    visibility: 'participants',
    position: 2,
    url: '/api/materials/52/file',
    fileName: 'osnovy.pptx',
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    sizeBytes: 734_003,
    createdAt: '2026-03-02T09:00:00Z',
  },
  {
    id: 53,
    moduleId: 30,
    kind: 'link',
    title: 'Закон про електронні документи',
    visibility: 'public',
    position: 3,
    url: 'https://zakon.rada.gov.ua/laws/show/851-15',
    fileName: null,
    contentType: null,
    sizeBytes: null,
    createdAt: '2026-03-02T09:05:00Z',
  },
  {
    id: 54,
    moduleId: 31,
    kind: 'file',
    title: 'Інструкція до ЦНАП',
    visibility: 'participants',
    position: 4,
    url: '/api/materials/54/file',
    fileName: 'instrukciya.docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sizeBytes: 18_500,
    createdAt: '2026-03-10T09:00:00Z',
  },
];
