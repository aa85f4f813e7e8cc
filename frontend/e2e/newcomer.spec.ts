import { expect, test } from '@playwright/test';
import { answerDemoQuestions, checkA11y, fillApplicationProfile, snap, uniquePerson } from './support';

const DEMO_TITLE = 'Залучення громадянського суспільства до місцевого розвитку';

/**
 * A newcomer without an account: from the home page to a program, "apply", the login page, its
 * sign-up link, and after signing up straight to the application form; then the program page and
 * the apply address show their application's status instead of the form.
 */
test('a newcomer signs up on the way to applying, lands on the form, and then sees their status', async ({ page }) => {
  test.skip(process.env.E2E_DEMO_CONTENT !== 'true', 'the server was not started with the demo content');
  const person = uniquePerson('newcomer');

  await page.goto('/');
  const open = page.getByRole('region', { name: 'Відкритий набір' });
  await expect(open.getByRole('link', { name: DEMO_TITLE })).toBeVisible();
  await expect(page.getByText(/в розробці/)).toHaveCount(0);
  await checkA11y(page);
  await snap(page, '50-home');

  await open.getByRole('link', { name: DEMO_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible();
  const programUrl = new URL(page.url()).pathname;
  await checkA11y(page);
  await page.getByRole('link', { name: 'Подати заявку' }).click();

  const next = encodeURIComponent(`${programUrl}/apply`);
  await expect(page).toHaveURL(`/login?next=${next}`);
  await page.getByRole('main').getByRole('link', { name: 'Зареєструватися' }).click();
  await expect(page).toHaveURL(`/signup?next=${next}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Реєстрація' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('textbox', { name: /^Електронна пошта/ }).fill(person.email);
  await page.getByLabel(/^Пароль/).fill(person.password);
  await page.getByRole('textbox', { name: /^Прізвище/ }).fill(person.surname);
  await page.getByRole('textbox', { name: /^Ім'я/ }).fill(person.givenName);
  await page.getByRole('main').getByRole('button', { name: 'Зареєструватися' }).click();

  await expect(page).toHaveURL(`${programUrl}/apply`);
  await expect(page.getByRole('heading', { level: 1, name: 'Заявка на участь у програмі' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Прізвище/ })).toHaveValue(person.surname);
  await fillApplicationProfile(page, {
    phone: '+380 66 111 22 33',
    region: 'Київська',
    organization: 'Бучанська міська рада',
    position: 'Спеціаліст з питань громадської участі',
  });
  await answerDemoQuestions(page);
  await checkA11y(page);
  await page.getByRole('button', { name: 'Подати заявку' }).click();

  await expect(page).toHaveURL(/\/my-programs$/);
  await expect(page.getByTestId('my-program').filter({ hasText: DEMO_TITLE }).getByText('Подано', { exact: true })).toBeVisible();
  await checkA11y(page);

  // The applicant sees their status on the program page, and no second form.
  await page.goto(programUrl);
  const standing = page.getByRole('region', { name: 'Ваша заявка' });
  await expect(standing.getByText('Подано', { exact: true })).toBeVisible();
  await expect(standing.getByRole('link', { name: 'Перейти до «Моїх програм»' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Подати заявку' })).toHaveCount(0);
  await checkA11y(page);
  await snap(page, '51-program-applied');

  await page.goto(`${programUrl}/apply`);
  await expect(page.getByRole('region', { name: 'Ваша заявка' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Прізвище/ })).toHaveCount(0);
  await checkA11y(page);
});
