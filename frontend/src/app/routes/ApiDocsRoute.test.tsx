import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n';
import { mockFetch } from '../../testing/fetch-mock';
import { renderApp } from '../../testing/render-app';
import { changesSession, prepareSwaggerRequest } from './api-docs/swagger-request';

// Swagger UI is far too heavy for jsdom; a stand-in lists the paths of the spec it got.
const swaggerProps = vi.hoisted(() => ({ current: undefined as Record<string, unknown> | undefined }));
vi.mock('swagger-ui-react', () => ({
  default: (props: Record<string, unknown>) => {
    swaggerProps.current = props;
    const spec = props.spec as { paths: Record<string, unknown> };
    return <div data-testid="swagger-ui">{Object.keys(spec.paths).join(' ')}</div>;
  },
}));

const anonymous = { status: 401, body: { status: 401, code: 'unauthorized' } };
const operation = (tag: string) => ({ tags: [tag], responses: { '200': { description: 'OK' } } });
// JSON is YAML, so the mock's JSON body stands in for the served civitas.yml.
const openApi = {
  status: 200,
  headers: { 'content-type': 'application/yaml' },
  body: {
    openapi: '3.0.1',
    info: { title: 'Civitas', version: '0.1' },
    paths: {
      '/api/admin/outbox': { get: operation('notifications') },
      '/api/auth/signup': { post: operation('identity') },
      '/api/public/certificates/{code}': { get: operation('certification') },
      '/health': { get: operation('platform') },
    },
    components: { schemas: { Problem: { type: 'object' } } },
  },
};

describe('API documentation page', () => {
  it('shows its title and intro, and loads Swagger UI with the backend spec', async () => {
    mockFetch({ 'GET /api/me': anonymous, 'GET /openapi/civitas.yml': openApi });
    renderApp('/api-docs');
    expect(await screen.findByRole('heading', { level: 1, name: 'Документація API' })).toBeInTheDocument();
    expect(document.title).toBe('Документація API · Civitas');
    expect(screen.getByText(/X-CSRF-Token/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'специфікації OpenAPI' })).toHaveAttribute('href', '/openapi/civitas.yml');
    expect(screen.getByRole('link', { name: 'увійдіть' })).toHaveAttribute('href', '/login');
    // The first section in the fixed order, with every component.
    expect(await screen.findByTestId('swagger-ui')).toHaveTextContent(/^\/api\/auth\/signup$/);
    expect(swaggerProps.current?.spec).toMatchObject({ components: openApi.body.components });
    expect(swaggerProps.current?.requestInterceptor).toBeTypeOf('function');
    expect(screen.getByRole('combobox', { name: 'Розділ API' })).toHaveValue('identity (1)');
  });

  it('shows one section at a time and keeps it in the address', async () => {
    mockFetch({ 'GET /api/me': anonymous, 'GET /openapi/civitas.yml': openApi });
    const user = userEvent.setup();
    const { router } = renderApp('/api-docs');
    await screen.findByTestId('swagger-ui');
    await user.click(screen.getByRole('combobox', { name: 'Розділ API' }));
    const options = await screen.findAllByRole('option', { hidden: true });
    expect(options.map((option) => option.textContent)).toEqual([
      'identity (1)',
      'notifications (1)',
      'certification (1)',
      'platform (1)',
    ]);
    await user.click(await screen.findByRole('option', { name: 'certification (1)', hidden: true }));
    expect(screen.getByTestId('swagger-ui')).toHaveTextContent(/^\/api\/public\/certificates\/\{code\}$/);
    expect(router.state.location.search).toBe('?tag=certification');
  });

  it('opens the section named in ?tag=', async () => {
    mockFetch({ 'GET /api/me': anonymous, 'GET /openapi/civitas.yml': openApi });
    renderApp('/api-docs?tag=platform');
    expect(await screen.findByTestId('swagger-ui')).toHaveTextContent(/^\/health$/);
    expect(screen.getByRole('combobox', { name: 'Розділ API' })).toHaveValue('platform (1)');
  });

  it('says so when the spec cannot be loaded', async () => {
    mockFetch({ 'GET /api/me': anonymous, 'GET /openapi/civitas.yml': { status: 500 } });
    renderApp('/api-docs');
    expect(await screen.findByText('Не вдалося завантажити специфікацію OpenAPI')).toBeInTheDocument();
    expect(screen.queryByTestId('swagger-ui')).not.toBeInTheDocument();
  });

  it('speaks English when the UI does', async () => {
    mockFetch({ 'GET /api/me': anonymous, 'GET /openapi/civitas.yml': openApi });
    await i18n.changeLanguage('en');
    renderApp('/api-docs');
    expect(await screen.findByRole('heading', { level: 1, name: 'API documentation' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'sign in' })).toHaveAttribute('href', '/login');
    await screen.findByTestId('swagger-ui');
    expect(screen.getByRole('combobox', { name: 'API section' })).toBeInTheDocument();
  });

  it('re-reads the session after "Try it out" signs someone in', async () => {
    const { calls } = mockFetch({ 'GET /api/me': anonymous, 'GET /openapi/civitas.yml': openApi });
    renderApp('/api-docs');
    await screen.findByTestId('swagger-ui');
    const meCalls = () => calls.filter((call) => call.url.pathname === '/api/me').length;
    const before = meCalls();
    const onResponse = swaggerProps.current?.responseInterceptor as (response: unknown) => unknown;
    onResponse({ url: 'http://localhost/api/auth/login', ok: true, status: 200 });
    await waitFor(() => expect(meCalls()).toBeGreaterThan(before));
  });
});

describe('Swagger UI request interceptor', () => {
  it('sends same-origin cookies and the UI language, and no CSRF token on GET', async () => {
    document.cookie = 'civitas_csrf=token-1; path=/';
    const request = await prepareSwaggerRequest({ url: '/api/me', method: 'GET', headers: {} });
    expect(request.credentials).toBe('same-origin');
    expect(request.headers).toEqual({ 'Accept-Language': 'uk' });
  });

  it('echoes the civitas_csrf cookie in X-CSRF-Token on state-changing requests', async () => {
    document.cookie = 'civitas_csrf=token-2; path=/';
    const request = await prepareSwaggerRequest({
      url: '/api/auth/signup',
      method: 'post',
      headers: { 'Content-Type': 'application/json', 'accept-language': 'en' },
    });
    expect(request.credentials).toBe('same-origin');
    expect(request.headers).toEqual({
      'Content-Type': 'application/json',
      'accept-language': 'en',
      'X-CSRF-Token': 'token-2',
    });
  });

  it('asks the server for a CSRF cookie when there is none yet', async () => {
    const { calls } = mockFetch({
      'GET /api/auth/csrf': { status: 204, effect: () => (document.cookie = 'civitas_csrf=fresh; path=/') },
    });
    const request = await prepareSwaggerRequest({ url: '/api/auth/logout', method: 'POST' });
    expect(calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual(['GET /api/auth/csrf']);
    expect(request.headers?.['X-CSRF-Token']).toBe('fresh');
  });

  it('knows which calls change the session', () => {
    expect(changesSession('http://localhost/api/auth/login')).toBe(true);
    expect(changesSession('/api/auth/logout')).toBe(true);
    expect(changesSession('http://localhost/api/me')).toBe(false);
  });
});
