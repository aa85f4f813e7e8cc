import { expect, test, type Page } from '@playwright/test';
import { checkA11y, DESKTOP, fillLogin, PHONE, snap } from './support';

// scripts/e2e starts the platform with the demo content (db/demo/demo-content.sql).
const DEMO_TITLE = 'Залучення громадянського суспільства до місцевого розвитку';
const LEARNER = { email: 'olena.kovalenko@demo.civitas', password: 'Demo-learner-2026' };

/** `DD.MM.YYYY` of the day `days` from today, as the date fields read it. */
function dayFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return [date.getDate(), date.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('.') + `.${date.getFullYear()}`;
}

/** A screenshot at the desktop width and one at the phone width. */
async function snapBoth(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await snap(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
  await snap(page, `${name}-375`);
  await page.setViewportSize(DESKTOP);
}

test('an administrator schedules a session; the admitted learner finds it in My schedule, registers and opens its page', async ({
  browser,
}) => {
  const adminEmail = process.env.E2E_ADMIN_EMAIL;
  const adminPassword = process.env.E2E_ADMIN_PASSWORD;
  test.skip(!adminEmail || !adminPassword, 'set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');
  test.skip(process.env.E2E_DEMO_CONTENT !== 'true', 'the server was not started with the demo content');
  const title = `Вебінар e2e ${Date.now().toString(36)}`;

  // The administrator adds a session in the Sessions tab.
  const staff = await browser.newContext({ viewport: DESKTOP });
  const admin = await staff.newPage();
  await admin.goto('/manage/programs');
  await fillLogin(admin, adminEmail as string, adminPassword as string);
  await admin.getByRole('link', { name: DEMO_TITLE }).first().click();
  await admin.getByRole('navigation', { name: 'Розділи програми' }).getByRole('link', { name: 'Заняття' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: `Заняття: ${DEMO_TITLE}` })).toBeVisible();
  await expect(admin.getByText('Вступний вебінар: як працює програма')).toBeVisible();
  await checkA11y(admin);
  await snapBoth(admin, 'schedule-01-sessions-tab');

  await admin.getByRole('button', { name: 'Додати заняття' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: `Нове заняття: ${DEMO_TITLE}` })).toBeVisible();
  await admin.getByRole('textbox', { name: /^Тема/ }).fill(title);
  await admin.getByRole('textbox', { name: /^Початок/ }).fill(`${dayFromToday(5)} 10:00`);
  await admin.getByRole('textbox', { name: /^Кінець/ }).fill(`${dayFromToday(5)} 11:30`);
  await admin.getByRole('textbox', { name: /^Посилання на зустріч/ }).fill('https://meet.example.org/civitas-e2e');
  await admin.getByRole('button', { name: 'Додати спікера' }).click();
  await admin.getByRole('textbox', { name: /^Ім’я спікера 1/ }).fill('Тарас Бондар');
  await admin.getByRole('textbox', { name: /^Посада спікера 1/ }).fill('Тренер програми');
  await checkA11y(admin);
  await snapBoth(admin, 'schedule-02-new-session');
  await admin.getByRole('button', { name: 'Створити заняття' }).click();
  await expect(admin.getByText(`Заняття «${title}» створено.`)).toBeVisible();
  await expect(admin.getByRole('link', { name: title, exact: true })).toBeVisible();
  await staff.close();

  // The learner sees it in My schedule, registers, and opens its page.
  const learner = await browser.newContext({ viewport: DESKTOP });
  const page = await learner.newPage();
  await page.goto('/login');
  await fillLogin(page, LEARNER.email, LEARNER.password);
  await page.getByRole('navigation', { name: 'Головна навігація' }).first().getByRole('link', { name: 'Мій розклад' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Мій розклад' })).toBeVisible();
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Зареєструватися на «${title}»` }).click();
  await expect(page.getByText(`Ви зареєстровані на «${title}».`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Скасувати реєстрацію на «${title}»` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Адреса календаря' })).toHaveValue(/\/api\/calendar-feeds\/.+\.ics$/);
  await checkA11y(page);
  await snapBoth(page, 'schedule-03-my-schedule');

  await page.locator('label', { hasText: /^Календар$/ }).click();
  await expect(page.getByRole('button', { name: /є заняття$/ }).first()).toBeVisible();
  await checkA11y(page);
  await snapBoth(page, 'schedule-04-my-calendar');
  await page.locator('label', { hasText: /^Список$/ }).click();

  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/Ви зареєстровані\. Запрошення з подією для календаря/)).toBeVisible();
  await expect(page.getByText(/^Посилання на зустріч з’явиться тут о \d\d:\d\d \(Київ\)\.$/)).toBeVisible();
  await expect(page.getByText(/10:00–11:30 \(Київ\)$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Додати до календаря (.ics)' })).toBeVisible();
  await checkA11y(page);
  await snapBoth(page, 'schedule-05-session-page');
  await learner.close();
});
