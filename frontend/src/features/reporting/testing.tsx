import type { ReactNode } from 'react';
import { renderRoutes } from '../../testing/render-app';
import type { ProgramReport, ProgramsReport } from './api/schemas';

/** Renders one screen of the feature at `path` (matched by `pattern`), with the app's providers. */
export function renderAt(pattern: string, path: string, element: ReactNode) {
  return renderRoutes([{ path: pattern, element }, { path: '*', element: <p>elsewhere</p> }], path);
}

export const program = { id: 7, title: 'Цифрова трансформація громад' };

export function programReport(overrides: Partial<ProgramReport> = {}): ProgramReport {
  return {
    programId: 7,
    title: program.title,
    funnel: { applied: 240, admitted: 180, attendedAny: 150, attendanceComplete: 120, finalTestPassed: 97, certified: 93 },
    sessions: [
      {
        sessionId: 101,
        moduleId: 31,
        moduleTitle: 'Основи',
        title: 'Вступний вебінар',
        startsAt: '2026-03-02T09:00:00Z',
        cancelled: false,
        present: 120,
        late: 10,
        excused: 5,
        absent: 20,
        viaRecording: 15,
        unrecorded: 10,
      },
      {
        sessionId: 102,
        moduleId: 32,
        moduleTitle: 'Електронні послуги',
        title: 'Круглий стіл у Полтаві',
        startsAt: '2026-03-09T09:00:00Z',
        cancelled: true,
        present: 0,
        late: 0,
        excused: 0,
        absent: 0,
        viaRecording: 0,
        unrecorded: 180,
      },
    ],
    modules: [
      { moduleId: 31, title: 'Основи', sessions: 1, present: 120, late: 10, excused: 5, absent: 20, viaRecording: 15 },
      { moduleId: 32, title: 'Електронні послуги', sessions: 1, present: 0, late: 0, excused: 0, absent: 0, viaRecording: 0 },
    ],
    quizzes: [
      {
        quizId: 50,
        moduleId: null,
        moduleTitle: null,
        title: 'Підсумковий тест',
        passMark: 70,
        learners: 110,
        attempts: 150,
        passed: 97,
        passRate: 88.2,
        averageScore: 81.4,
        distribution: [0, 1, 0, 2, 3, 4, 3, 20, 40, 37],
      },
      {
        quizId: 51,
        moduleId: 31,
        moduleTitle: 'Основи',
        title: 'Тест модуля 1',
        passMark: 60,
        learners: 0,
        attempts: 0,
        passed: 0,
        passRate: null,
        averageScore: null,
        distribution: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      },
    ],
    certificates: { valid: 90, revoked: 2, replaced: 1, expired: 0 },
    breakdowns: {
      region: [
        { value: 'Полтавська область', applied: 140, admitted: 100, attended: 90, certified: 60 },
        { value: 'Київська область', applied: 100, admitted: 80, attended: 60, certified: 33 },
      ],
      organization: [{ value: 'Решетилівська міська рада', applied: 20, admitted: 15, attended: 14, certified: 10 }],
      category: [{ value: 'Посадова особа місцевого самоврядування', applied: 200, admitted: 150, attended: 130, certified: 80 }],
      gender: [
        { value: 'female', applied: 160, admitted: 120, attended: 100, certified: 70 },
        { value: null, applied: 80, admitted: 60, attended: 50, certified: 23 },
      ],
    },
    options: {
      regions: ['Київська область', 'Полтавська область'],
      organizations: ['Решетилівська міська рада'],
      categories: ['Посадова особа місцевого самоврядування'],
      genders: ['female', 'male'],
    },
    ...overrides,
  };
}

export const programsReport: ProgramsReport = {
  programs: [
    {
      programId: 7,
      title: 'Цифрова трансформація громад',
      status: 'published',
      startsOn: '2026-03-01',
      endsOn: '2026-05-30',
      hours: 30,
      ects: 1,
      applied: 240,
      admitted: 180,
      attended: 150,
      certified: 93,
      hoursDelivered: 2790,
      ectsDelivered: 93,
    },
    {
      programId: 8,
      title: 'Відкриті дані',
      status: 'archived',
      startsOn: '2025-09-01',
      endsOn: '2025-11-30',
      hours: 15,
      ects: 0.5,
      applied: 60,
      admitted: 50,
      attended: 45,
      certified: 41,
      hoursDelivered: 615,
      ectsDelivered: 20.5,
    },
  ],
  total: { programs: 2, applied: 300, admitted: 230, attended: 195, certified: 134, hoursDelivered: 3405, ectsDelivered: 113.5 },
  regions: [
    { region: 'Полтавська область', participants: 130, certified: 80 },
    { region: 'Київська область', participants: 100, certified: 54 },
  ],
};
