/** Test data shared by the attendance route-level tests. */
export const trainerMe = {
  id: 9,
  email: 'trainer@example.org',
  surname: 'Тренерко',
  givenName: 'Олег',
  patronymic: null,
  fullName: 'Тренерко Олег',
  roles: ['trainer'],
};

export const learnerMe = {
  ...trainerMe,
  id: 5,
  email: 'olena@example.org',
  surname: 'Коваленко',
  givenName: 'Олена',
  fullName: 'Коваленко Олена',
  roles: ['learner'],
};

export const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };

/** Session 12 of program 7 as `GET /api/sessions/12` answers (the screens take its title and program). */
export const session = {
  id: 12,
  programId: 7,
  moduleId: 3,
  title: 'Відкриті дані громади',
  description: '',
  speakers: [],
  startsAt: '2026-04-02T10:00:00+03:00',
  endsAt: '2026-04-02T11:30:00+03:00',
  timeZone: 'Europe/Kyiv',
  format: 'online',
  meetingUrl: null,
  meetingUrlAvailableAt: null,
  venue: null,
  address: null,
  room: null,
  capacity: null,
  registrationRequired: false,
  status: 'live',
  cancellationReason: null,
  registered: 2,
  waitlisted: 0,
  myRegistration: null,
  outsideProgramDates: false,
  version: 1,
};

/** One line of the register; by default Olena with nothing recorded. */
export const entry = (overrides: Record<string, unknown> = {}) => ({
  sessionId: 12,
  userId: 5,
  fullName: 'Коваленко Олена Петрівна',
  email: 'olena@example.org',
  organization: 'Решетилівська міська рада',
  registered: true,
  status: null,
  minutes: null,
  source: null,
  note: null,
  updatedAt: null,
  updatedBy: null,
  ...overrides,
});

export const problem = (status: number, code: string, detail: string, errors?: { field: string; code: string; message: string }[]) => ({
  status,
  body: { status, code, detail, ...(errors ? { errors } : {}) },
});
