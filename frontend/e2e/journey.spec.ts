import { expect, test } from '@playwright/test';
import { checkA11y, fillApplicationProfile, fillLogin, signUpViaApi, snap, uniquePerson } from './support';

/** A date as the Ukrainian date fields take it: DD.MM.YYYY. */
const typed = (date: Date) => date.toISOString().slice(0, 10).split('-').reverse().join('.');
const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000);

// A tiny but real PDF: the server checks the content's signature, not just the name.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/**
 * The walk: an administrator creates a program with two modules and a material and
 * publishes it; a visitor finds it; a learner applies; the administrator admits them in the
 * applications screen; the learner sees the program under My programs, with its participant material.
 */
test('admin publishes a program with modules and a material; a learner applies and is admitted', async ({ page, browser }) => {
  const adminEmail = process.env.E2E_ADMIN_EMAIL;
  const adminPassword = process.env.E2E_ADMIN_PASSWORD;
  test.skip(!adminEmail || !adminPassword, 'set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');

  const stamp = Date.now().toString(36);
  const title = `Цифрова трансформація громад ${stamp}`;

  await page.goto('/manage/programs/new');
  await expect(page).toHaveURL(/\/login\?next=/);
  await fillLogin(page, adminEmail as string, adminPassword as string);
  await expect(page.getByRole('heading', { level: 1, name: 'Нова програма' })).toBeVisible();
  await checkA11y(page);

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
  await page.getByLabel('Дата початку').fill(typed(daysFromNow(40)));
  await page.getByLabel('Дата завершення').fill(typed(daysFromNow(100)));
  await page.getByLabel('Початок прийому заявок').fill(`${typed(daysFromNow(-1))} 09:00`);
  await page.getByLabel('Завершення прийому заявок').fill(`${typed(daysFromNow(30))} 18:00`);
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

  // A material for participants only, uploaded with its progress shown.
  await page.getByRole('button', { name: 'Завантажити файл' }).click();
  const upload = page.getByRole('dialog', { name: 'Завантаження файлу' });
  await upload.getByTestId('material-file-input').setInputFiles({ name: 'Робочий зошит.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(upload.getByRole('textbox', { name: /^Назва/ })).toHaveValue('Робочий зошит');
  await upload.getByRole('button', { name: 'Завантажити файл' }).click();
  await expect(upload).toBeHidden();
  await expect(page.getByRole('link', { name: 'Робочий зошит' })).toBeVisible();

  await page.getByRole('button', { name: 'Опублікувати' }).click();
  await expect(page.getByRole('button', { name: 'Зняти з публікації' })).toBeVisible();
  await expect(page.getByText('Опубліковано').first()).toBeVisible();
  await checkA11y(page);
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
  await checkA11y(anonymous);
  await snap(anonymous, '21-catalog');

  await card.getByRole('link', { name: title }).click();
  await expect(anonymous.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const anonymousProgramUrl = anonymous.url();
  await expect(anonymous.getByRole('heading', { level: 3, name: 'Модуль 1. Основи цифрового врядування' })).toBeVisible();
  await expect(anonymous.getByRole('heading', { level: 3, name: 'Модуль 2. Електронні послуги громади' })).toBeVisible();
  await expect(anonymous.getByRole('link', { name: 'Подати заявку' })).toBeVisible();
  await expect(anonymous.getByRole('link', { name: 'Редагувати' })).toHaveCount(0);
  await expect(anonymous.getByText('Робочий зошит')).toHaveCount(0);
  await checkA11y(anonymous);
  await snap(anonymous, '22-program');
  await visitor.close();

  // A learner finds the program in the catalog and applies.
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  const person = uniquePerson('journey');
  await signUpViaApi(learnerContext.request, person);
  await learner.goto('/programs');
  await learner.getByRole('searchbox', { name: 'Пошук' }).fill(stamp);
  await learner.getByRole('article', { name: title }).getByRole('link', { name: title }).click();
  await learner.getByRole('link', { name: 'Подати заявку' }).click();
  await expect(learner.getByRole('heading', { level: 1, name: 'Заявка на участь у програмі' })).toBeVisible();
  await checkA11y(learner);
  await fillApplicationProfile(learner, {
    phone: '+380 67 765 43 21',
    region: 'Вінницька',
    organization: 'Вінницька міська рада',
    position: 'Головний спеціаліст',
  });
  await learner.getByRole('button', { name: 'Подати заявку' }).click();
  await expect(learner).toHaveURL(/\/my-programs$/);
  await expect(learner.getByText('Подано', { exact: true })).toBeVisible();

  // The administrator admits the application in the applications screen.
  await page.getByRole('navigation', { name: 'Розділи програми' }).getByRole('link', { name: 'Заявки' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Заявки: ${title}` })).toBeVisible();
  await expect(page.getByText('Зараховано 0 з 30 місць')).toBeVisible();
  const applicant = `${person.surname} ${person.givenName} ${person.patronymic}`;
  await page.getByRole('checkbox', { name: `Вибрати заявку: ${applicant}` }).check();
  await page.getByRole('region', { name: 'Дії з вибраними заявками' }).getByRole('button', { name: 'Зарахувати' }).click();
  await expect(page.getByText('Зараховано 1 з 30 місць')).toBeVisible();
  await checkA11y(page);
  await snap(page, '23-applications');

  // The learner sees the program as admitted, and now the participants' material too.
  await learner.reload();
  await expect(learner.getByText(title)).toBeVisible();
  await expect(learner.getByText('Зараховано', { exact: true })).toBeVisible();
  await checkA11y(learner);
  await snap(learner, '24-my-programs-admitted');
  await learner.goto(anonymousProgramUrl);
  await expect(learner.getByRole('link', { name: /Робочий зошит/ })).toBeVisible();
  await learnerContext.close();
});
