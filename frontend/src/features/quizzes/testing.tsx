import type { ReactNode } from 'react';
import { renderRoutes } from '../../testing/render-app';
import type { Attempt, Quiz } from './api/schemas';

/** Renders one screen of the feature at `path` (matched by `pattern`), with the app's providers. */
export function renderAt(pattern: string, path: string, element: ReactNode) {
  return renderRoutes([{ path: pattern, element }, { path: '*', element: <p>elsewhere</p> }], path);
}

export const program = {
  id: 7,
  title: 'Цифрове врядування',
  modules: [
    { id: 31, title: 'Основи' },
    { id: 32, title: 'Електронні послуги' },
  ],
};

export function quiz(overrides: Partial<Quiz> = {}): Quiz {
  return {
    id: 50,
    programId: 7,
    title: 'Підсумковий тест',
    moduleId: null,
    published: false,
    passMark: 60,
    questionCount: 1,
    attemptsAllowed: 2,
    timeLimitMinutes: 30,
    opensAt: null,
    closesAt: null,
    open: true,
    me: null,
    description: '',
    grading: 'highest',
    shuffleQuestions: false,
    shuffleChoices: true,
    layout: 'one_per_page',
    review: {
      afterSubmit: { score: true, answers: true, correctAnswers: false, feedback: true },
      afterClose: { score: true, answers: true, correctAnswers: true, feedback: true },
    },
    questions: [{ questionId: 900, name: 'Що таке Дія?', type: 'single_choice', mark: null }],
    randomDraws: [],
    totalMarks: 1,
    attemptCount: 0,
    version: 3,
    canEdit: true,
    ...overrides,
  };
}

export const SERVER_NOW = '2026-03-10T10:00:00Z';

export function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: 300,
    quizId: 50,
    quizTitle: 'Підсумковий тест',
    number: 1,
    status: 'in_progress',
    startedAt: SERVER_NOW,
    deadline: null,
    serverNow: SERVER_NOW,
    submittedAt: null,
    layout: 'one_per_page',
    questions: [
      {
        id: 1,
        position: 1,
        type: 'single_choice',
        text: '<p>Що таке <b>Дія</b>?</p>',
        mark: 1,
        choices: [
          { id: 11, text: 'Застосунок держпослуг' },
          { id: 12, text: 'Міністерство' },
        ],
        prompts: null,
        answer: null,
        review: null,
      },
      {
        id: 2,
        position: 2,
        type: 'short_answer',
        text: '<p>Назвіть портал відкритих даних.</p>',
        mark: 2,
        choices: null,
        prompts: null,
        answer: null,
        review: null,
      },
      {
        id: 3,
        position: 3,
        type: 'true_false',
        text: '<p>ЦНАП надає адміністративні послуги.</p>',
        mark: 1,
        choices: [
          { id: 31, text: 'true' },
          { id: 32, text: 'false' },
        ],
        prompts: null,
        answer: null,
        review: null,
      },
    ],
    score: null,
    passed: null,
    shows: { score: false, answers: false, correctAnswers: false, feedback: false },
    ...overrides,
  };
}
