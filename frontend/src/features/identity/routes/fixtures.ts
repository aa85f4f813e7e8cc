import type { Role } from '../api/schemas';

/** The administrator the identity route tests sign in as, as `GET /api/me` sends them (no password change due). */
export const adminMe = {
  id: 1,
  email: 'admin@example.org',
  surname: 'Адміненко',
  givenName: 'Ганна',
  patronymic: null,
  fullName: 'Адміненко Ганна',
  roles: ['admin'] as Role[],
};
