import { expect, test } from '@playwright/test';
import { checkA11y, fillLogin, PHONE, snap } from './support';

const DEMO_TITLE = 'Залучення громадянського суспільства до місцевого розвитку';

test.use({ viewport: PHONE });

/** Every staff screen on a 375 px phone: checked by axe at both widths, with a screenshot to look at. */
test('an administrator walks every staff page on a phone', async ({ page }) => {
  const adminEmail = process.env.E2E_ADMIN_EMAIL;
  const adminPassword = process.env.E2E_ADMIN_PASSWORD;
  test.skip(!adminEmail || !adminPassword, 'set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');
  test.skip(process.env.E2E_DEMO_CONTENT !== 'true', 'the server was not started with the demo content');

  const visit = async (name: string, heading: string | RegExp) => {
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await checkA11y(page);
    await snap(page, name);
  };
  const tab = (name: string) => page.getByRole('navigation', { name: 'Розділи програми' }).getByRole('link', { name });

  await page.goto('/manage/programs');
  await fillLogin(page, adminEmail as string, adminPassword as string);
  await visit('60-phone-manage-programs', 'Керування програмами');

  await page.goto('/manage/programs/new');
  await visit('61-phone-new-program', 'Нова програма');

  await page.goto('/manage/programs');
  await page.getByRole('link', { name: DEMO_TITLE }).first().click();
  await visit('62-phone-workspace-overview', DEMO_TITLE);

  await tab('Заявки').click();
  await visit('63-phone-applications', /^Заявки: /);
  await page.getByRole('button', { name: /Коваленко/ }).first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  const box = await drawer.boundingBox();
  expect(box?.width, 'the application drawer takes the whole phone screen').toBeGreaterThanOrEqual(PHONE.width - 1);
  await checkA11y(page);
  await snap(page, '64-phone-application-drawer');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await tab('Анкета').click();
  await visit('65-phone-questionnaire', /^Анкета: /);

  await tab('Імпорт учасників').click();
  await visit('66-phone-import', /Імпорт учасників/);
  const list = ['Прізвище;Ім’я;Email', 'Шевченко;Марія;maria-phone@example.org', 'Бойко;Петро;not-an-email'].join('\r\n');
  await page.getByTestId('import-file-input').setInputFiles({ name: 'Учасники.csv', mimeType: 'text/csv', buffer: Buffer.from(list, 'utf8') });
  await expect(page.getByText('Введіть правильну адресу електронної пошти.')).toBeVisible();
  await checkA11y(page);
  await snap(page, '67-phone-import-preview');

  await page.goto('/admin/users');
  await visit('68-phone-admin-users', 'Користувачі');
});

/** The header on a phone: the burger, the name and the account button all fit. */
test('the header fits a phone for a signed-in administrator', async ({ page }) => {
  const adminEmail = process.env.E2E_ADMIN_EMAIL;
  const adminPassword = process.env.E2E_ADMIN_PASSWORD;
  test.skip(!adminEmail || !adminPassword, 'set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');
  await page.goto('/login');
  await fillLogin(page, adminEmail as string, adminPassword as string);
  const account = page.getByRole('banner').getByRole('button', { name: /Меню облікового запису/ });
  await expect(account).toBeVisible();
  const box = await account.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0), 'the account button ends inside the screen').toBeLessThanOrEqual(PHONE.width);
  await page.getByRole('button', { name: 'Меню навігації' }).click();
  await expect(page.getByRole('navigation', { name: 'Головна навігація' }).getByRole('link', { name: 'Користувачі' })).toBeVisible();
  await snap(page, '69-phone-menu');
});
