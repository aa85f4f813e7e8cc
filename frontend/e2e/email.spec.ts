import { expect, test, type Page } from '@playwright/test';
import { checkA11y, fillLogin, PHONE, snap, uniquePerson } from './support';

/**
 * The e2e server has no SMTP server: every message is kept in the outbox, where an administrator
 * reads it. Its links point at CIVITAS_PUBLIC_URL (not this server's random port), so the test
 * follows a link by its path and fragment.
 */
async function followLinkInOutbox(admin: Page, recipient: string, kind: string, linkPath: string): Promise<string> {
  await admin.goto(`/admin/outbox?recipient=${encodeURIComponent(recipient)}`);
  await expect(admin.getByRole('heading', { level: 1, name: 'Пошта' })).toBeVisible();
  const row = admin.getByTestId('outbox-row').filter({ hasText: kind }).first();
  // The reset link is written in the background: look again until it is there.
  await expect(async () => {
    await admin.reload();
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await row.getByRole('button', { name: /^Відкрити лист/ }).click();
  const drawer = admin.getByRole('dialog');
  const link = drawer.getByRole('link', { name: new RegExp(linkPath) });
  await expect(link).toBeVisible();
  const url = new URL((await link.getAttribute('href')) ?? '');
  return `${url.pathname}${url.hash}`;
}

test('a newcomer proves the address from the outbox, forgets the password and sets a new one', async ({ page, browser }) => {
  const adminEmail = process.env.E2E_ADMIN_EMAIL;
  const adminPassword = process.env.E2E_ADMIN_PASSWORD;
  test.skip(!adminEmail || !adminPassword, 'set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');
  const person = uniquePerson('email');
  const newPassword = `Nova-${person.password}`;

  // The person signs up and is reminded to prove the address.
  await page.goto('/signup');
  await page.getByRole('textbox', { name: /^Електронна пошта/ }).fill(person.email);
  await page.getByLabel(/^Пароль/).fill(person.password);
  await page.getByRole('textbox', { name: /^Прізвище/ }).fill(person.surname);
  await page.getByRole('textbox', { name: /^Ім'я/ }).fill(person.givenName);
  await page.getByRole('main').getByRole('button', { name: 'Зареєструватися' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Вітаємо в Civitas!' })).toBeVisible();
  await expect(page.getByText('Підтвердьте адресу електронної пошти')).toBeVisible();
  await checkA11y(page);
  await snap(page, 'email-01-reminder');

  // The administrator finds the verification message in the outbox.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.goto('/login?next=%2Fadmin%2Foutbox');
  await fillLogin(admin, adminEmail as string, adminPassword as string);
  await expect(admin.getByRole('heading', { level: 1, name: 'Пошта' })).toBeVisible();
  await expect(admin.getByText('Поштовий сервер не налаштовано', { exact: true })).toBeVisible();
  await checkA11y(admin);
  await snap(admin, 'email-02-outbox');
  const verifyPath = await followLinkInOutbox(admin, person.email, 'identity.verify_email', '/verify-email#');
  const drawer = admin.getByRole('dialog');
  await expect(drawer.getByText(person.email, { exact: true })).toBeVisible();
  await checkA11y(admin);
  await snap(admin, 'email-03-message');

  // The HTML body, sandboxed, renders under the page's CSP.
  await drawer.getByRole('tab', { name: 'HTML' }).click();
  const html = admin.frameLocator('iframe[title^="HTML-версія листа"]');
  await expect(html.getByRole('link', { name: /Підтвердити/ })).toBeVisible();
  await snap(admin, 'email-04-message-html');
  await admin.setViewportSize(PHONE);
  await snap(admin, 'email-05-message-phone');
  await admin.keyboard.press('Escape');
  await expect(admin.getByTestId('outbox-row').first()).toBeVisible();
  await snap(admin, 'email-06-outbox-phone');
  await admin.setViewportSize({ width: 1280, height: 860 });

  // The person follows the link and is verified.
  await page.goto(verifyPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Адресу підтверджено' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('main').getByRole('link', { name: 'Мої програми' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Мої програми' })).toBeVisible();
  await expect(page.getByText('Підтвердьте адресу електронної пошти')).toBeHidden();

  // Their profile: the language of messages and the notifications they get.
  await page.getByRole('button', { name: /Меню облікового запису/ }).click();
  await page.getByRole('menuitem', { name: 'Профіль' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Профіль' })).toBeVisible();
  await expect(page.getByText('адресу підтверджено')).toBeVisible();
  await expect(page.getByRole('switch', { name: /^Рішення щодо заявки/ })).toBeChecked();
  await checkA11y(page);
  await snap(page, 'email-07-profile');

  // They sign out, forget the password and ask for a link.
  await page.getByRole('button', { name: /Меню облікового запису/ }).click();
  await page.getByRole('menuitem', { name: 'Вийти' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Увійти' })).toBeVisible();
  await page.goto('/login');
  await page.getByRole('link', { name: 'Забули пароль?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Відновлення пароля' })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('textbox', { name: /^Електронна пошта/ }).fill(person.email);
  await page.getByRole('button', { name: 'Надіслати посилання' }).click();
  await expect(page.getByText(`Якщо для адреси ${person.email} є обліковий запис, лист уже в дорозі.`)).toBeVisible();
  await checkA11y(page);
  await snap(page, 'email-08-reset-sent');

  // The administrator finds the reset link; the person sets a new password with it.
  const resetPath = await followLinkInOutbox(admin, person.email, 'identity.password_reset', '/set-password#');
  await page.goto(resetPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Встановлення пароля' })).toBeVisible();
  await page.getByLabel(/^Новий пароль/).fill(newPassword);
  await page.getByLabel(/^Повторіть пароль/).fill(newPassword);
  await page.getByRole('button', { name: 'Встановити пароль і увійти' }).click();
  await expect(page).toHaveURL(/\/my-programs$/);

  // The new password signs in; the old one no longer does.
  await page.getByRole('button', { name: /Меню облікового запису/ }).click();
  await page.getByRole('menuitem', { name: 'Вийти' }).click();
  await page.goto('/login');
  await fillLogin(page, person.email, person.password);
  await expect(page.getByRole('alert')).toBeVisible();
  await fillLogin(page, person.email, newPassword);
  await expect(page.getByRole('heading', { level: 1, name: 'Вітаємо в Civitas!' })).toBeVisible();

  // The unsubscribe page asks before it changes anything.
  await page.goto('/unsubscribe?token=0.application_decided.x');
  await expect(page.getByText('Ви більше не отримуватимете листів «Рішення щодо заявки».')).toBeVisible();
  await checkA11y(page);
  await adminContext.close();
});
