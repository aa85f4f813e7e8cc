import { expect, test } from '@playwright/test';
import { checkA11y, fillLogin, signUpViaApi, snap, uniquePerson } from './support';

test('a person signs up, signs out and in, and switches the language', async ({ page }) => {
  const person = uniquePerson('learner');
  const fullName = `${person.surname} ${person.givenName} ${person.patronymic}`;

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await checkA11y(page);
  await page.getByRole('banner').getByRole('link', { name: 'Зареєструватися' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Реєстрація' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('textbox', { name: /^Електронна пошта/ }).fill(person.email);
  await page.getByLabel(/^Пароль/).fill(person.password);
  await page.getByRole('textbox', { name: /^Прізвище/ }).fill(person.surname);
  await page.getByRole('textbox', { name: /^Ім'я/ }).fill(person.givenName);
  await page.getByRole('textbox', { name: /^По батькові/ }).fill(person.patronymic);
  await snap(page, '01-signup');
  await page.getByRole('main').getByRole('button', { name: 'Зареєструватися' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Вітаємо в Civitas!' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('main').getByText(`Ви увійшли як ${fullName}.`)).toBeVisible();
  await checkA11y(page);
  const accountMenu = page.getByRole('button', { name: new RegExp(fullName) });
  await expect(accountMenu).toBeVisible();
  await expect(page.getByRole('link', { name: 'Мої програми' }).first()).toBeVisible();
  await snap(page, '02-signed-up');

  await accountMenu.click();
  await page.getByRole('menuitem', { name: 'Вийти' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Увійти' })).toBeVisible();
  await expect(accountMenu).toBeHidden();
  await snap(page, '03-signed-out');

  await page.getByRole('banner').getByRole('link', { name: 'Увійти' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Вхід' })).toBeVisible();
  await checkA11y(page);
  await fillLogin(page, person.email, person.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Вітаємо в Civitas!' })).toBeVisible();
  await snap(page, '04-signed-in');

  await page.getByRole('button', { name: 'ENG' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Civitas!' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'My programs' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'ENG' })).toHaveAttribute('aria-pressed', 'true');
  await checkA11y(page);
  await snap(page, '05-english');

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Civitas!' })).toBeVisible();

  await page.getByRole('button', { name: 'УКР' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('link', { name: 'Мої програми' }).first()).toBeVisible();
  await snap(page, '06-ukrainian');

  await accountMenu.click();
  await page.getByRole('menuitem', { name: 'Вийти' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Увійти' })).toBeVisible();
  await page.goto('/my-programs');
  await expect(page).toHaveURL(/\/login\?next=/);
  await snap(page, '07-signed-out-again');
});

test('the administrator finds a user and disables the account', async ({ page, request }) => {
  const adminEmail = process.env.E2E_ADMIN_EMAIL;
  const adminPassword = process.env.E2E_ADMIN_PASSWORD;
  test.skip(!adminEmail || !adminPassword, 'set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');

  const person = uniquePerson('disable');
  const created = await signUpViaApi(request, person);
  // `request` now holds that person's session; it must end as soon as the account is disabled.
  expect((await request.get('/api/me')).status()).toBe(200);

  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers/);
  await fillLogin(page, adminEmail as string, adminPassword as string);
  await expect(page.getByRole('heading', { level: 1, name: 'Користувачі' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Пошук' }).fill(person.email);
  const row = page.getByRole('row').filter({ hasText: person.email });
  await expect(row).toHaveCount(1);
  await expect(page.getByText('Знайдено: 1')).toBeVisible();
  await checkA11y(page);
  await expect(row.getByText('Активний')).toBeVisible();
  await snap(page, '08-admin-users-search');

  await row.getByRole('button', { name: `Вимкнути обліковий запис: ${created.fullName}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Вимкнути обліковий запис?' });
  await expect(dialog).toContainText(person.email);
  await checkA11y(page);
  await snap(page, '09-admin-confirm-disable');
  await dialog.getByRole('button', { name: 'Вимкнути' }).click();

  await expect(dialog).toBeHidden();
  await expect(row.getByText('Вимкнений')).toBeVisible();
  await expect(page.getByText(`Обліковий запис ${created.fullName} вимкнено.`)).toBeVisible();
  await snap(page, '10-admin-user-disabled');

  expect((await request.get('/api/me')).status(), 'a disabled account loses its session at once').toBe(401);
});

test('a person changes their password from the account menu, which ends their other sessions', async ({ page, request }) => {
  const person = uniquePerson('password');
  const created = await signUpViaApi(request, person);
  // `request` holds another session of the same person; the change must end it.
  expect((await request.get('/api/me')).status()).toBe(200);
  const newPassword = `${person.password}-renewed`;

  await page.goto('/login');
  await fillLogin(page, person.email, person.password);
  await page.getByRole('button', { name: new RegExp(created.fullName) }).click();
  await page.getByRole('menuitem', { name: 'Змінити пароль' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Зміна пароля' })).toBeVisible();
  await checkA11y(page);

  await page.getByLabel(/^Поточний пароль/).fill('not-the-password');
  await page.getByLabel(/^Новий пароль/).fill(newPassword);
  await page.getByLabel(/^Повторіть пароль/).fill(newPassword);
  await page.getByRole('button', { name: 'Змінити пароль' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Поточний пароль:' });
  await expect(summary).toBeFocused();
  await expect(page.getByLabel(/^Поточний пароль/)).toHaveAttribute('aria-invalid', 'true');
  await checkA11y(page);
  await snap(page, '14-change-password-wrong');

  await page.getByLabel(/^Поточний пароль/).fill(person.password);
  await page.getByRole('button', { name: 'Змінити пароль' }).click();
  await expect(page.getByText('Пароль змінено.')).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  expect((await request.get('/api/me')).status()).toBe(401);
  expect((await page.request.get('/api/me')).status()).toBe(200);

  await page.getByRole('button', { name: new RegExp(created.fullName) }).click();
  await page.getByRole('menuitem', { name: 'Вийти' }).click();
  await page.goto('/login');
  await fillLogin(page, person.email, newPassword);
  await expect(page.getByRole('button', { name: new RegExp(created.fullName) })).toBeVisible();
});
