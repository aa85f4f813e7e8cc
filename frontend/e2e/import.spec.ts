import { expect, test } from '@playwright/test';
import { checkA11y, fillLogin, snap } from './support';

const DEMO_TITLE = 'Залучення громадянського суспільства до місцевого розвитку';

/**
 * An administrator imports a participant list into the demo program: the preview names the bad
 * rows by line and applies nothing; confirming admits the good rows and creates an account for a
 * new person, whose one-time link lets them set a password and find the program under My programs.
 */
test('an administrator imports a participant list; a new participant sets a password through the link', async ({ page, browser }) => {
  const adminEmail = process.env.E2E_ADMIN_EMAIL;
  const adminPassword = process.env.E2E_ADMIN_PASSWORD;
  test.skip(!adminEmail || !adminPassword, 'set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');
  test.skip(process.env.E2E_DEMO_CONTENT !== 'true', 'the server was not started with the demo content');

  const stamp = Date.now().toString(36);
  const newcomer = `e2e-import-${stamp}@example.org`;
  const list = [
    'Прізвище;Ім’я;По батькові;Email;Область;Організація;Примітка',
    `Кравчук;Людмила;Василівна;${newcomer};Вінницька область;Вінницька міська рада;перша`,
    'Бойко;Петро;;not-an-email;;;',
    `Сидоренко;Ганна;;${newcomer};;;дубль`,
  ].join('\r\n');

  await page.goto('/manage/programs');
  await fillLogin(page, adminEmail as string, adminPassword as string);
  await page.getByRole('link', { name: DEMO_TITLE }).first().click();
  await page.getByRole('navigation', { name: 'Розділи програми' }).getByRole('link', { name: 'Імпорт учасників' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Імпорт учасників/ })).toBeVisible();
  await checkA11y(page);

  await page.getByTestId('import-file-input').setInputFiles({
    name: 'Учасники.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${list}`, 'utf8'),
  });
  await expect(page.getByText('Файл «Учасники.csv»')).toBeVisible();
  await expect(page.getByText('Введіть правильну адресу електронної пошти.')).toBeVisible();
  await expect(page.getByText('Ця адреса вже є в рядку 2.')).toBeVisible();
  await expect(page.getByText('Примітка — не враховано')).toBeVisible();
  const confirm = page.getByRole('button', { name: 'Зарахувати 1 учасника' });
  await expect(confirm).toBeDisabled();
  await checkA11y(page);
  await snap(page, '40-import-preview');

  await page.getByRole('checkbox', { name: 'Пропустити 2 рядки з помилками' }).check();
  await confirm.click();
  await expect(page.getByText('Імпорт застосовано')).toBeVisible();
  await expect(page.getByText('Зараховано: 1. Уже були зараховані: 0. Створено облікових записів: 1.')).toBeVisible();

  await page.getByRole('button', { name: 'Створити посилання для встановлення пароля' }).click();
  const link = page.getByRole('textbox', { name: 'Посилання для Кравчук Людмила Василівна' });
  await expect(link).toHaveValue(/\/set-password#/);
  await checkA11y(page);
  const address = await link.inputValue();
  await snap(page, '41-import-applied');

  // The new participant opens their link in their own browser.
  const context = await browser.newContext();
  const participant = await context.newPage();
  await participant.goto(address);
  await expect(participant.getByText(`Встановіть пароль для облікового запису Кравчук Людмила Василівна (${newcomer}).`)).toBeVisible();
  await expect(participant).not.toHaveURL(/#/);
  await checkA11y(participant);
  const password = `Kalyna-${stamp}-vesna`;
  await participant.getByLabel(/^Новий пароль/).fill(password);
  await participant.getByLabel(/^Повторіть пароль/).fill(password);
  await participant.getByRole('button', { name: 'Встановити пароль і увійти' }).click();
  await expect(participant).toHaveURL(/\/my-programs$/);
  await expect(participant.getByText(DEMO_TITLE)).toBeVisible();
  await expect(participant.getByText('Зараховано', { exact: true })).toBeVisible();
  await checkA11y(participant);
  await snap(participant, '42-imported-participant');
  await context.close();
});
