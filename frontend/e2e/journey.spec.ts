import { expect, test } from '@playwright/test';
import { fillLogin, snap } from './support';

const iso = (date: Date) => date.toISOString().slice(0, 10);
const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000);

test('an administrator creates and publishes a program; a visitor finds and opens it', async ({ page, browser }) => {
  const adminEmail = process.env.E2E_ADMIN_EMAIL;
  const adminPassword = process.env.E2E_ADMIN_PASSWORD;
  test.skip(!adminEmail || !adminPassword, 'set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');

  const stamp = Date.now().toString(36);
  const title = `Цифрова трансформація громад ${stamp}`;

  await page.goto('/manage/programs/new');
  await expect(page).toHaveURL(/\/login\?next=/);
  await fillLogin(page, adminEmail as string, adminPassword as string);
  await expect(page.getByRole('heading', { level: 1, name: 'Нова програма' })).toBeVisible();

  await page.getByRole('textbox', { name: /^Назва програми/ }).fill(title);
  await page.getByRole('textbox', { name: /^Організатор/ }).fill('Школа публічного управління');
  await page
    .getByRole('textbox', { name: /^Опис/ })
    .fill('Програма для посадових осіб громад.\nЯк запроваджувати електронні послуги й безпечно працювати з даними.');
  await page.getByLabel('Тип програми').selectOption('special');
  await page.getByLabel('Тривалість').selectOption('long_term');
  await page.getByLabel('Мова навчання').selectOption('uk');
  await page.getByRole('spinbutton', { name: /^Обсяг, годин/ }).fill('60');
  await expect(page.getByText('= 2,0 кредиту ЄКТС (1 кредит = 30 годин)')).toBeVisible();
  await page.getByRole('spinbutton', { name: /^Кількість місць/ }).fill('30');
  await page.getByLabel('Дата початку').fill(iso(daysFromNow(40)));
  await page.getByLabel('Дата завершення').fill(iso(daysFromNow(100)));
  await page.getByLabel('Початок прийому заявок').fill(`${iso(daysFromNow(-1))}T09:00`);
  await page.getByLabel('Завершення прийому заявок').fill(`${iso(daysFromNow(30))}T18:00`);
  await page.getByRole('button', { name: 'Додати результат' }).click();
  await page.getByRole('textbox', { name: 'Результат навчання 1' }).fill('Планувати цифрові послуги громади');
  await page.getByRole('button', { name: 'Додати результат' }).click();
  await page.getByRole('textbox', { name: 'Результат навчання 2' }).fill('Оцінювати ризики для персональних даних');
  await page.getByRole('button', { name: 'Додати партнера' }).click();
  await page.getByRole('textbox', { name: 'Партнер 1: назва' }).fill('Фонд розвитку громад');
  await page.getByRole('textbox', { name: 'Партнер 1: вебсайт' }).fill('https://example.org');
  await page.getByRole('button', { name: 'Створити чернетку' }).click();

  await expect(page).toHaveURL(/\/manage\/programs\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Чернетка').first()).toBeVisible();

  for (const [moduleTitle, hours] of [
    ['Основи цифрового врядування', '30'],
    ['Електронні послуги громади', '30'],
  ] as const) {
    await page.getByRole('button', { name: 'Додати модуль' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новий модуль' });
    await dialog.getByRole('textbox', { name: /^Назва модуля/ }).fill(moduleTitle);
    await dialog.getByRole('textbox', { name: /^Опис/ }).fill(`Заняття модуля «${moduleTitle}».`);
    await dialog.getByRole('spinbutton', { name: /^Обсяг, годин/ }).fill(hours);
    await dialog.getByRole('button', { name: 'Зберегти' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: `Змінити модуль «${moduleTitle}»` })).toBeVisible();
  }

  // Keyboard-friendly reordering: move the second module up, then back down.
  await page.getByRole('button', { name: 'Перемістити вгору: Електронні послуги громади' }).click();
  await expect(page.getByRole('button', { name: 'Перемістити вгору: Електронні послуги громади' })).toBeDisabled();
  await page.getByRole('button', { name: 'Перемістити вниз: Електронні послуги громади' }).click();
  await expect(page.getByRole('button', { name: 'Перемістити вгору: Основи цифрового врядування' })).toBeDisabled();

  await page.getByRole('button', { name: 'Опублікувати' }).click();
  await expect(page.getByRole('button', { name: 'Зняти з публікації' })).toBeVisible();
  await expect(page.getByText('Опубліковано').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, '20-editor');

  // An anonymous visitor, in a fresh browser context.
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto('/programs');
  await expect(anonymous.getByRole('heading', { level: 1, name: 'Каталог програм' })).toBeVisible();
  await anonymous.getByRole('searchbox', { name: 'Пошук' }).fill(stamp);
  const card = anonymous.getByRole('article', { name: title });
  await expect(card).toBeVisible();
  await expect(card.getByText('Набір відкрито')).toBeVisible();
  await expect(card.getByText('60 год · 2,0 ЄКТС')).toBeVisible();
  await snap(anonymous, '21-catalog');

  await card.getByRole('link', { name: title }).click();
  await expect(anonymous.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(anonymous.getByRole('heading', { level: 3, name: 'Модуль 1. Основи цифрового врядування' })).toBeVisible();
  await expect(anonymous.getByRole('heading', { level: 3, name: 'Модуль 2. Електронні послуги громади' })).toBeVisible();
  await expect(anonymous.getByRole('link', { name: 'Подати заявку' })).toBeVisible();
  await expect(anonymous.getByRole('link', { name: 'Редагувати' })).toHaveCount(0);
  await snap(anonymous, '22-program');
  await visitor.close();
});
