import { expect, test, type Page } from '@playwright/test';
import { checkA11y, DESKTOP, fillLogin, PHONE, snap } from './support';

// scripts/e2e starts the platform with the demo content, where Vasyl is admitted and has not tried
// the second module's test (all questions on one page: multiple choice, numerical, matching).
const DEMO_TITLE = 'Залучення громадянського суспільства до місцевого розвитку';
const QUIZ_TITLE = 'Тест модуля 2: інструменти участі';

async function demoQuiz(page: Page): Promise<number> {
  const programs = (await (await page.request.get(`/api/programs?q=${encodeURIComponent(DEMO_TITLE)}`)).json()) as { items: { id: number; title: string }[] };
  const program = programs.items.find((item) => item.title === DEMO_TITLE);
  expect(program, 'the demo program').toBeTruthy();
  const quizzes = (await (await page.request.get(`/api/programs/${program?.id}/quizzes`)).json()) as { id: number; title: string }[];
  const quiz = quizzes.find((item) => item.title === QUIZ_TITLE);
  expect(quiz, 'the demo quiz').toBeTruthy();
  return quiz?.id as number;
}

test('a learner takes a test, reloads midway without losing an answer, submits and sees what the review policy shows', async ({ page }) => {
  test.skip(process.env.E2E_DEMO_CONTENT !== 'true', 'the server was not started with the demo content');
  await page.setViewportSize(DESKTOP);
  await page.goto('/login');
  await fillLogin(page, 'vasyl.kravets@demo.civitas', 'Demo-learner-2026');
  await expect(page.getByRole('button', { name: /Меню облікового запису/ })).toBeVisible();
  const quizId = await demoQuiz(page);

  await page.goto(`/quizzes/${quizId}`);
  await expect(page.getByRole('heading', { level: 1, name: QUIZ_TITLE })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('button', { name: 'Почати спробу' }).click();
  await expect(page).toHaveURL(/\/attempts\/\d+$/);
  const attemptId = Number(/\/attempts\/(\d+)$/.exec(page.url())?.[1]);

  await page.getByRole('checkbox', { name: 'Громадські слухання' }).check();
  await page.getByRole('checkbox', { name: 'Місцеві ініціативи' }).check();
  await page.getByRole('textbox').first().fill('4');
  await page.getByLabel('Громадський бюджет').selectOption({ label: 'Мешканці голосують за проєкти, на які піде частина бюджету' });
  await page.getByLabel('Електронна петиція').selectOption({ label: 'Звернення, яке розглядають, коли воно набере підписи' });
  await page.getByRole('combobox', { name: 'Громадські слухання' }).selectOption({ label: 'Зустріч мешканців із посадовими особами громади' });
  await expect
    .poll(async () => {
      const attempt = (await (await page.request.get(`/api/attempts/${attemptId}`)).json()) as { questions: { answer: unknown }[] };
      return attempt.questions.filter((question) => question.answer !== null).length;
    }, { message: 'every answer reaches the server as it is given', timeout: 15_000 })
    .toBe(3);
  await snap(page, 'quizzes-01-taking-1280');
  await page.setViewportSize(PHONE);
  await snap(page, 'quizzes-01-taking-375');
  await page.setViewportSize(DESKTOP);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Громадські слухання' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Місцеві ініціативи' })).toBeChecked();
  await expect(page.getByRole('textbox').first()).toHaveValue('4');
  await checkA11y(page);

  await page.getByRole('button', { name: 'Завершити спробу' }).click();
  await page.getByRole('dialog', { name: 'Завершити спробу?' }).getByRole('button', { name: 'Завершити', exact: true }).click();
  await expect(page.getByText('Складено').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/100\s?%/).first()).toBeVisible();
  await expect(page.getByText('Правильна відповідь')).toHaveCount(0);
  await checkA11y(page);
  await snap(page, 'quizzes-02-result-1280');
});
