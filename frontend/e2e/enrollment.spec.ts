import { expect, test } from '@playwright/test';
import { fillLogin, signUpViaApi, snap, uniquePerson } from './support';

const DEMO_TITLE = 'Залучення громадянського суспільства до місцевого розвитку';

test('a learner applies to the demo program and finds the application under My programs', async ({ page, request }) => {
  test.skip(process.env.E2E_DEMO_CONTENT !== 'true', 'the server was not started with the demo content');
  const person = uniquePerson('applicant');
  await signUpViaApi(request, person);

  await page.goto('/programs');
  await page.getByRole('link', { name: DEMO_TITLE }).first().click();
  await page.getByRole('link', { name: 'Подати заявку' }).click();
  await expect(page).toHaveURL(/\/login\?next=/);
  await fillLogin(page, person.email, person.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Заявка на участь у програмі' })).toBeVisible();

  await expect(page.getByRole('textbox', { name: /^Прізвище/ })).toHaveValue(person.surname);
  await page.getByRole('textbox', { name: /^Телефон/ }).fill('+380 50 123 45 67');
  await page.getByLabel(/^Область/).first().click();
  await page.getByRole('option', { name: 'Полтавська' }).click();
  await page.getByRole('textbox', { name: /^Організація/ }).fill('Гадяцька міська рада');
  await page.getByRole('textbox', { name: /^Посада/ }).fill('Спеціаліст відділу економіки');
  await page.getByLabel(/^Категорія учасника/).first().click();
  await page.getByRole('option', { name: 'Посадова особа місцевого самоврядування' }).click();
  await page.getByRole('textbox', { name: /^Чому ви хочете пройти цю програму/ }).fill('Готуємо громадський бюджет громади.');
  await page.getByRole('radio', { name: 'Менше року' }).check();
  await page.getByRole('checkbox', { name: 'Місцеві петиції' }).check();
  await page.getByRole('checkbox', { name: 'Я погоджуюся на обробку моїх персональних даних' }).check();
  await snap(page, '31-application-form');
  await page.getByRole('button', { name: 'Подати заявку' }).click();

  await expect(page).toHaveURL(/\/my-programs$/);
  await expect(page.getByText(DEMO_TITLE)).toBeVisible();
  await expect(page.getByText('Подано', { exact: true })).toBeVisible();
  await snap(page, '32-my-programs');
});
