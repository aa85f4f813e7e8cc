import type { ReactNode } from 'react';
import { renderRoutes } from '../../testing/render-app';
import type { Certificate, CertificateDesign, CompletionRules, Progress, Requirement } from './api/schemas';
import type { CertificationProgram } from './viewer';

/** Renders one screen of the feature at `path` (matched by `pattern`), with the app's providers. */
export function renderAt(pattern: string, path: string, element: ReactNode) {
  return renderRoutes([{ path: pattern, element }, { path: '*', element: <p>elsewhere</p> }], path);
}

export const program: CertificationProgram = {
  id: 7,
  title: 'Цифрове врядування',
  modules: [
    { id: 31, title: 'Основи' },
    { id: 32, title: 'Електронні послуги' },
    { id: 33, title: 'Відкриті дані' },
  ],
  quizzes: [
    { id: 50, title: 'Підсумковий тест', moduleId: null, passMark: 60 },
    { id: 51, title: 'Тест модуля 1', moduleId: 31, passMark: 70 },
    { id: 52, title: 'Тест модуля 2', moduleId: 32, passMark: 70 },
  ],
};

export function certificate(overrides: Partial<Certificate> = {}): Certificate {
  return {
    id: 900,
    serial: 'ПК-2026-000123',
    verificationCode: 'abcDEF123',
    verificationUrl: 'https://civitas.example/verify/abcDEF123',
    status: 'valid',
    userId: 41,
    learnerName: 'Олена Петренко',
    programId: 7,
    programTitle: 'Цифрове врядування',
    programType: 'special',
    duration: 'short_term',
    hours: 45,
    ects: 1.5,
    startsOn: '2026-02-01',
    endsOn: '2026-04-30',
    learningOutcomes: ['Надає електронні послуги', 'Публікує відкриті дані'],
    providerName: 'Академія врядування',
    signatories: [{ name: 'Іван Коваль', position: 'Директор' }],
    issuedAt: '2026-05-02T09:00:00Z',
    expiresAt: null,
    revokedAt: null,
    revocationReason: null,
    replacedBy: null,
    replaces: null,
    issueReason: null,
    ...overrides,
  };
}

export const attendance = (overrides: Partial<Requirement> = {}): Requirement => ({
  kind: 'attendance',
  moduleId: 31,
  moduleTitle: 'Основи',
  quizId: null,
  quizTitle: null,
  required: 2,
  done: 2,
  total: 3,
  met: true,
  ...overrides,
});

export const finalTest = (overrides: Partial<Requirement> = {}): Requirement => ({
  kind: 'final_test',
  moduleId: null,
  moduleTitle: null,
  quizId: 50,
  quizTitle: 'Підсумковий тест',
  required: 60,
  done: null,
  total: null,
  met: false,
  ...overrides,
});

export function progress(overrides: Partial<Progress> = {}): Progress {
  return {
    userId: 41,
    learnerName: 'Олена Петренко',
    email: 'olena@example.org',
    rulesSet: true,
    complete: false,
    requirements: [
      attendance(),
      attendance({ moduleId: 33, moduleTitle: 'Відкриті дані', required: 3, done: 2, total: 4, met: false }),
      finalTest(),
    ],
    certificate: null,
    ...overrides,
  };
}

export const rules = (overrides: Partial<CompletionRules> = {}): CompletionRules => ({
  attendanceScope: 'overall',
  attendanceMeasure: 'count',
  attendanceMinimum: 4,
  recordingCounts: false,
  requiredQuizIds: [],
  finalTestRequired: false,
  finalTestPassPercent: null,
  version: 3,
  ...overrides,
});

export const design = (overrides: Partial<CertificateDesign> = {}): CertificateDesign => ({
  primaryColor: '#1F4E79',
  accentColor: '#C9A227',
  providerLogo: null,
  partnerLogos: [],
  signatories: [{ name: 'Іван Коваль', position: 'Директор' }],
  introText: null,
  footerText: null,
  showOutcomes: true,
  validityMonths: null,
  language: null,
  version: 2,
  signingKey: { testKey: false, subject: 'CN=Civitas', notAfter: '2027-01-01T00:00:00Z' },
  ...overrides,
});

export const page = <T,>(items: T[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
