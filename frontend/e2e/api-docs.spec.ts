import { expect, test, type ConsoleMessage } from '@playwright/test';
import { checkA11y, snap, uniquePerson } from './support';

test('the API documentation lists the endpoints section by section and "Try it out" works under the CSP', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const cspViolations = () => problems.filter((text) => /Content Security Policy|unsafe-eval/i.test(text));

  const response = await page.goto('/api-docs');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1, name: 'Документація API' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Документація API' })).toBeVisible();
  // Swagger UI is a third-party widget; our own page around it is checked.
  await checkA11y(page, { exclude: ['.swagger-ui'] });

  // One section of the API at a time; identity comes first and is in the address once chosen.
  const section = page.getByRole('combobox', { name: 'Розділ API' });
  await expect(section).toHaveValue(/^identity/);
  const signup = page.locator('.opblock-post').filter({ has: page.locator('[data-path="/api/auth/signup"]') });
  await expect(signup.locator('.opblock-summary-path')).toBeVisible();
  for (const path of ['/api/auth/login', '/api/auth/logout', '/api/me', '/api/admin/users']) {
    await expect(page.locator(`.opblock-summary-path[data-path="${path}"]`).first()).toBeVisible();
  }
  await snap(page, '11-api-docs');

  // "Try it out": sign a new person up straight from the docs; the CSRF header must go along.
  const person = uniquePerson('apidocs');
  await signup.locator('.opblock-summary-control').click();
  await signup.getByRole('button', { name: 'Try it out' }).click();
  await signup.locator('textarea.body-param__text').fill(JSON.stringify(person, null, 2));
  const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/api/auth/signup'));
  await signup.getByRole('button', { name: 'Execute' }).click();
  const request = await sent;
  const cookies = await page.context().cookies();
  const csrf = cookies.find((cookie) => cookie.name === 'civitas_csrf');
  expect(request.headers()['x-csrf-token'], 'X-CSRF-Token echoes the civitas_csrf cookie').toBeTruthy();
  expect((await request.response())?.status()).toBe(201);
  await expect(signup.locator('.live-responses-table tbody .response-col_status').first()).toHaveText('201');
  // The server rotated the token at signup; the cookie now holds the new one.
  expect(csrf?.value).toBeTruthy();
  // The header notices the new session.
  const fullName = `${person.surname} ${person.givenName} ${person.patronymic}`;
  await expect(page.getByRole('button', { name: new RegExp(fullName) })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, '12-api-docs-try-it-out');

  // Another section: certification, with the public verification endpoint; kept in ?tag=.
  await section.click();
  await page.getByRole('option', { name: /^certification/ }).click();
  await expect(page).toHaveURL(/[?&]tag=certification\b/);
  await expect(page.locator('.opblock-summary-path[data-path="/api/public/certificates/{code}"]')).toBeVisible();
  await expect(page.locator('.opblock-summary-path[data-path="/api/auth/signup"]')).toHaveCount(0);

  await page.reload();
  await expect(section).toHaveValue(/^certification/);
  await page.getByRole('button', { name: 'ENG', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API documentation' })).toBeVisible();
  await expect(page.locator('.opblock-summary-path[data-path="/api/public/certificates/{code}"]')).toBeVisible();
  await page.getByRole('combobox', { name: 'API section' }).click();
  await page.getByRole('option', { name: /^identity/ }).click();
  await expect(page).toHaveURL(/[?&]tag=identity\b/);
  await expect(page.locator('.opblock-summary-path[data-path="/api/auth/signup"]')).toBeVisible();
  await snap(page, '13-api-docs-english');

  expect(cspViolations(), 'no Content Security Policy violations').toEqual([]);
});
