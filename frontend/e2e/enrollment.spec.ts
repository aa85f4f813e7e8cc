import { expect, test } from '@playwright/test';
import { answerDemoQuestions, checkA11y, fillApplicationProfile, fillLogin, signUpViaApi, snap, uniquePerson } from './support';

const DEMO_TITLE = 'Залучення громадянського суспільства до місцевого розвитку';

test('a learner applies to the demo program and finds the application under My programs', async ({ page, request }) => {
  test.skip(process.env.E2E_DEMO_CONTENT !== 'true', 'the server was not started with the demo content');
  const person = uniquePerson('applicant');
  await signUpViaApi(request, person);

  await page.goto('/programs');
  await page.getByRole('link', { name: DEMO_TITLE }).first().click();
  await page.getByRole('link', { name: 'Подати заявку' }).click();
  await expect(page).toHaveURL(/\/login\?next=/);
  await checkA11y(page);
  await fillLogin(page, person.email, person.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Заявка на участь у програмі' })).toBeVisible();
  await checkA11y(page);

  await expect(page.getByRole('textbox', { name: /^Прізвище/ })).toHaveValue(person.surname);
  await fillApplicationProfile(page, {
    phone: '+380 50 123 45 67',
    region: 'Полтавська',
    organization: 'Гадяцька міська рада',
    position: 'Спеціаліст відділу економіки',
  });
  await answerDemoQuestions(page);
  await snap(page, '31-application-form');
  await page.getByRole('button', { name: 'Подати заявку' }).click();

  await expect(page).toHaveURL(/\/my-programs$/);
  await expect(page.getByText(DEMO_TITLE)).toBeVisible();
  await expect(page.getByText('Подано', { exact: true })).toBeVisible();
  await checkA11y(page);
  await snap(page, '32-my-programs');
});
