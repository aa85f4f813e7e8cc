/** Test data shared by the schedule's route-level tests. */
export const adminMe = {
  id: 1,
  email: 'admin@example.org',
  surname: 'Адміненко',
  givenName: 'Ганна',
  patronymic: null,
  fullName: 'Адміненко Ганна',
  roles: ['admin'],
};

export const learnerMe = { ...adminMe, id: 5, email: 'olena@example.org', fullName: 'Коваленко Олена', roles: ['learner'] };

export const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };

/** Program 7 as `GET /api/programs/7` answers its manager: two modules, dates in spring 2026. */
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
  moduleCount: 2,
  description: '',
  partners: [],
  learningOutcomes: [],
  capacity: 40,
  trainers: [],
  modules: [
    { id: 31, position: 1, title: 'Електронні послуги', description: '', hours: 40 },
    { id: 30, position: 0, title: 'Основи цифрового врядування', description: '', hours: 30 },
  ],
  version: 3,
  canEdit: true,
};

/** One session as `GET /api/sessions/{id}` answers: by default an online webinar of module 30 on 10 March 2026. */
export const session = (overrides: Record<string, unknown> = {}) => ({
  id: 90,
  programId: 7,
  moduleId: 30,
  title: 'Вступ до електронного врядування',
  description: 'Що таке електронне врядування.',
  speakers: [{ name: 'Оксана Гнатюк', position: 'Юристка', bio: null }],
  startsAt: '2026-03-10T10:00:00+02:00',
  endsAt: '2026-03-10T11:30:00+02:00',
  timeZone: 'Europe/Kyiv',
  format: 'online',
  meetingUrl: null,
  meetingUrlAvailableAt: null,
  venue: null,
  address: null,
  room: null,
  capacity: 100,
  registrationRequired: true,
  status: 'scheduled',
  cancellationReason: null,
  registered: 0,
  waitlisted: 0,
  myRegistration: null,
  outsideProgramDates: false,
  version: 0,
  ...overrides,
});

/** `GET /api/me/programs` with program 7 admitted. */
export const admittedToProgram7 = [
  {
    programId: 7,
    title: program.title,
    startsOn: program.startsOn,
    endsOn: program.endsOn,
    applicationId: 31,
    status: 'admitted',
    submittedAt: '2026-01-15T10:00:00Z',
    decisionMessage: null,
  },
];
