import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/problem';
import { FakeXhr } from '../../../testing/fake-xhr';
import type { Material } from './schemas';
import { isAbortError, type UploadProgress } from '../../../lib/upload';
import { FILE_TOO_LARGE, uploadMaterial } from './upload-material';

const material: Material = {
  id: 41,
  moduleId: 30,
  kind: 'file',
  title: 'Лекція 1',
  visibility: 'participants',
  position: 0,
  url: '/api/materials/41/file',
  fileName: 'лекція-1.pdf',
  contentType: 'application/pdf',
  sizeBytes: 2_516_582,
  createdAt: '2026-03-01T09:00:00Z',
};

const pdf = () => new File(['%PDF-1.4 test'], 'лекція-1.pdf', { type: 'application/pdf' });

/** The request is opened after the CSRF token is read, i.e. after a microtask or two. */
const opened = async () => {
  await vi.waitFor(() => expect(FakeXhr.instances.length).toBeGreaterThan(0));
  return FakeXhr.last();
};

describe('uploadMaterial', () => {
  beforeEach(() => {
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    document.cookie = 'civitas_csrf=token-1; path=/';
  });

  it('sends the parts in order with the CSRF header, reports progress and returns the material', async () => {
    const progress: UploadProgress[] = [];
    const upload = uploadMaterial(7, { title: 'Лекція 1', visibility: 'participants', moduleId: 30, file: pdf() }, {
      onProgress: (p) => progress.push(p),
    });
    const xhr = await opened();

    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/programs/7/materials');
    expect(xhr.requestHeaders['x-csrf-token']).toBe('token-1');
    expect(xhr.requestHeaders['accept-language']).toBe('uk');
    expect(xhr.requestHeaders['content-type']).toBeUndefined(); // the browser adds the multipart boundary
    expect(xhr.partNames()).toEqual(['title', 'visibility', 'moduleId', 'file']);
    const form = xhr.body as FormData;
    expect(form.get('title')).toBe('Лекція 1');
    expect(form.get('visibility')).toBe('participants');
    expect(form.get('moduleId')).toBe('30');
    expect((form.get('file') as File).name).toBe('лекція-1.pdf');

    xhr.progress(0, 2000);
    xhr.progress(500, 2000);
    xhr.progress(1999, 2000);
    xhr.progress(2000, 2000);
    xhr.respond(201, material);

    await expect(upload).resolves.toEqual(material);
    expect(progress.map((p) => p.percent)).toEqual([0, 25, 99, 100]);
    expect(progress[1]).toEqual({ loaded: 500, total: 2000, percent: 25 });
  });

  it('leaves out moduleId for a program-wide material', async () => {
    const upload = uploadMaterial(7, { title: 'Розклад', visibility: 'public', moduleId: null, file: pdf() });
    const xhr = await opened();
    expect(xhr.partNames()).toEqual(['title', 'visibility', 'file']);
    xhr.respond(201, { ...material, moduleId: null, visibility: 'public' });
    await expect(upload).resolves.toMatchObject({ moduleId: null, visibility: 'public' });
  });

  it('turns a 413 problem into an ApiError with the file field message', async () => {
    const upload = uploadMaterial(7, { title: 'Лекція 1', visibility: 'participants', moduleId: null, file: pdf() });
    const xhr = await opened();
    xhr.progress(1024, 4096);
    xhr.respond(413, {
      status: 413,
      code: 'file_too_large',
      detail: 'Файл завеликий.',
      errors: [{ field: 'file', code: 'file_too_large', message: 'Файл більший за 100 МБ.' }],
    });

    const error = await upload.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(413);
    expect(apiError.code).toBe(FILE_TOO_LARGE);
    expect(apiError.message).toBe('Файл завеликий.');
    expect(apiError.fieldErrors).toEqual({ file: 'Файл більший за 100 МБ.' });
  });

  it('keeps the status of a failure without a problem body', async () => {
    const upload = uploadMaterial(7, { title: 'Лекція 1', visibility: 'participants', moduleId: null, file: pdf() });
    const xhr = await opened();
    xhr.statusText = 'Request Entity Too Large';
    xhr.respond(413, undefined, { 'content-type': 'text/html' });
    await expect(upload).rejects.toMatchObject({ status: 413, problem: { status: 413, title: 'Request Entity Too Large' } });
  });

  it('reports a network failure as status 0', async () => {
    const upload = uploadMaterial(7, { title: 'Лекція 1', visibility: 'participants', moduleId: null, file: pdf() });
    (await opened()).failNetwork();
    await expect(upload).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('aborts the request when the signal fires', async () => {
    const controller = new AbortController();
    const upload = uploadMaterial(7, { title: 'Лекція 1', visibility: 'participants', moduleId: null, file: pdf() }, {
      signal: controller.signal,
    });
    const xhr = await opened();
    controller.abort();
    expect(xhr.aborted).toBe(true);
    const error = await upload.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });

  it('gets a fresh CSRF token and sends once more when the server refuses a stale one', async () => {
    const fetchMock = vi.fn(async () => {
      document.cookie = 'civitas_csrf=token-2; path=/';
      return new Response(null, { status: 204 });
    });
    vi.stubGlobal('fetch', fetchMock);
    const upload = uploadMaterial(7, { title: 'Лекція 1', visibility: 'participants', moduleId: null, file: pdf() });
    (await opened()).respond(403, { status: 403, code: 'csrf_token_invalid' });
    await vi.waitFor(() => expect(FakeXhr.instances).toHaveLength(2));
    const retry = FakeXhr.last();
    expect(retry.requestHeaders['x-csrf-token']).toBe('token-2');
    retry.respond(201, material);
    await expect(upload).resolves.toEqual(material);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
