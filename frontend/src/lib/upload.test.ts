import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { mockFetch } from '../testing/fetch-mock';
import { FakeXhr } from '../testing/fake-xhr';
import { ApiError } from './problem';
import { isAbortError, uploadForm, type UploadProgress } from './upload';

const okSchema = z.object({ id: z.number() });
const csv = () => new File(['Email;ПІБ\n'], 'список.csv', { type: 'text/csv' });
const form = () => {
  const data = new FormData();
  data.append('file', csv(), 'список.csv');
  return data;
};

/** The request is opened after the CSRF token is read, i.e. after a microtask or two. */
const opened = async (count = 1) => {
  await vi.waitFor(() => expect(FakeXhr.instances.length).toBeGreaterThanOrEqual(count));
  return FakeXhr.last();
};

describe('uploadForm', () => {
  beforeEach(() => {
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    document.cookie = 'civitas_csrf=token-1; path=/';
  });

  it('posts the form with the CSRF and language headers, reports progress and validates the answer', async () => {
    const progress: UploadProgress[] = [];
    const upload = uploadForm('/api/things', form(), { schema: okSchema, onProgress: (p) => progress.push(p) });
    const xhr = await opened();

    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/things');
    expect(xhr.requestHeaders['x-csrf-token']).toBe('token-1');
    expect(xhr.requestHeaders['accept-language']).toBe('uk');
    expect(xhr.requestHeaders['content-type']).toBeUndefined();
    expect(xhr.file()?.name).toBe('список.csv');

    xhr.progress(250, 1000);
    xhr.progress(1000, 1000);
    xhr.respond(201, { id: 5 });

    await expect(upload).resolves.toEqual({ id: 5 });
    expect(progress.map((p) => p.percent)).toEqual([25, 100]);
  });

  it('turns problem+json into an ApiError with field errors', async () => {
    const upload = uploadForm('/api/things', form(), { schema: okSchema });
    const xhr = await opened();
    xhr.respond(413, {
      status: 413,
      code: 'file_too_large',
      detail: 'Файл завеликий.',
      errors: [{ field: 'file', code: 'file_too_large', message: 'Файл більший за 10 МБ.' }],
    });

    const error = (await upload.catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(413);
    expect(error.code).toBe('file_too_large');
    expect(error.fieldErrors).toEqual({ file: 'Файл більший за 10 МБ.' });
  });

  it('refreshes a stale CSRF token once', async () => {
    document.cookie = 'civitas_csrf=stale; path=/';
    const { calls } = mockFetch({
      'GET /api/auth/csrf': { status: 204, effect: () => (document.cookie = 'civitas_csrf=fresh; path=/') },
    });
    const upload = uploadForm('/api/things', form(), { schema: okSchema });
    (await opened(1)).respond(403, { status: 403, code: 'csrf_token_invalid' });
    const retry = await opened(2);
    expect(retry.requestHeaders['x-csrf-token']).toBe('fresh');
    retry.respond(201, { id: 1 });

    await expect(upload).resolves.toEqual({ id: 1 });
    expect(calls.map((call) => call.url.pathname)).toEqual(['/api/auth/csrf']);
  });

  it('reports a network failure as status 0 and a cancelled upload as an AbortError', async () => {
    const failed = uploadForm('/api/things', form(), { schema: okSchema });
    (await opened()).failNetwork();
    expect(((await failed.catch((e: unknown) => e)) as ApiError).status).toBe(0);

    const controller = new AbortController();
    const cancelled = uploadForm('/api/things', form(), { schema: okSchema, signal: controller.signal });
    await opened(2);
    controller.abort();
    expect(isAbortError(await cancelled.catch((e: unknown) => e))).toBe(true);
  });

  it('refuses an answer that does not match the schema', async () => {
    const upload = uploadForm('/api/things', form(), { schema: okSchema });
    (await opened()).respond(201, { id: 'five' });
    expect(((await upload.catch((e: unknown) => e)) as ApiError).code).toBe('unexpected_response');
  });
});
