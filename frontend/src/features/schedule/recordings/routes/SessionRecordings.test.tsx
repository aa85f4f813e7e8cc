import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, type Handler, type MockResponse, type RecordedRequest } from '../../../../testing/fetch-mock';
import { renderApp } from '../../../../testing/render-app';
import { adminMe, admittedToProgram7, learnerMe, program, session } from '../../routes/fixtures';

interface FakeUpload {
  file: File;
  options: {
    endpoint: string;
    metadata: Record<string, string>;
    chunkSize: number;
    retryDelays: number[];
    storeFingerprintForResuming: boolean;
    onBeforeRequest: (request: { setHeader: (name: string, value: string) => void }) => Promise<void>;
    onProgress: (loaded: number, total: number) => void;
    onSuccess: () => void;
    onError: (error: Error) => void;
  };
  start: ReturnType<typeof vi.fn>;
  abort: ReturnType<typeof vi.fn>;
  resumeFromPreviousUpload: ReturnType<typeof vi.fn>;
}

const { uploads, previous } = vi.hoisted(() => ({ uploads: [] as unknown[], previous: [] as unknown[] }));

vi.mock('tus-js-client', () => ({
  Upload: class {
    start = vi.fn();
    abort = vi.fn(() => Promise.resolve());
    findPreviousUploads = vi.fn(() => Promise.resolve(previous));
    resumeFromPreviousUpload = vi.fn();
    constructor(
      public file: File,
      public options: unknown,
    ) {
      uploads.push(this);
    }
  },
}));

const MB = 1024 * 1024;

const recording = (overrides: Record<string, unknown> = {}) => ({
  id: 501,
  sessionId: 90,
  fileName: 'вебінар-1.mp4',
  contentType: 'video/mp4',
  size: 350 * MB,
  createdAt: '2026-03-10T12:00:00Z',
  url: '/api/recordings/501/file',
  ...overrides,
});

function open(me: MockResponse, canEdit: boolean, more: Record<string, MockResponse | Handler> = {}) {
  document.cookie = 'civitas_csrf=t; path=/';
  const mocks = mockFetch({
    'GET /api/me': me,
    'GET /api/me/programs': { body: admittedToProgram7 },
    'GET /api/programs/7': { body: { ...program, canEdit } },
    'GET /api/sessions/90': { body: session() },
    'GET /api/sessions/90/recordings': { body: [] },
    'OPTIONS /api/uploads': { status: 204, headers: { 'Tus-Resumable': '1.0.0', 'Tus-Max-Size': String(4 * 1024 * MB) } },
    'GET /api/recordings/501/playback': { body: { url: '/api/recordings/501/file', expiresAt: null } },
    ...more,
  });
  renderApp('/sessions/90');
  return mocks;
}

async function pickAndStart(name = 'запис.mp4', size = 200 * MB) {
  const user = userEvent.setup();
  const section = await screen.findByRole('region', { name: 'Завантажити запис' });
  const input = section.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File(['x'], name, { type: 'video/mp4' });
  Object.defineProperty(file, 'size', { value: size });
  await user.upload(input, file);
  await user.click(within(section).getByRole('button', { name: 'Завантажити' }));
  await waitFor(() => expect(uploads).toHaveLength(1));
  const upload = uploads[0] as FakeUpload;
  await waitFor(() => expect(upload.start).toHaveBeenCalled());
  return { user, section, upload };
}

function failure(status: number, body: unknown): Error {
  return Object.assign(new Error(`HTTP ${status}`), {
    originalResponse: {
      getStatus: () => status,
      getBody: () => JSON.stringify(body),
      getHeader: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/problem+json' : undefined),
    },
  });
}

beforeEach(() => {
  uploads.length = 0;
  previous.length = 0;
});

describe('recordings on the session page', { timeout: 30_000 }, () => {
  it('uploads over tus with the CSRF header, shows bytes and percent, pauses, resumes and lists the result', async () => {
    let listed: unknown[] = [];
    open({ body: adminMe }, true, { 'GET /api/sessions/90/recordings': () => ({ body: listed }) });
    expect(await screen.findByText('Записів цього заняття ще немає.')).toBeInTheDocument();
    const { user, section, upload } = await pickAndStart();

    expect(upload.options).toMatchObject({
      endpoint: '/api/uploads',
      metadata: { filename: 'запис.mp4', sessionId: '90' },
      chunkSize: 64 * MB,
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
      storeFingerprintForResuming: true,
    });
    const setHeader = vi.fn();
    await upload.options.onBeforeRequest({ setHeader });
    expect(setHeader).toHaveBeenCalledWith('X-CSRF-Token', 't');

    act(() => upload.options.onProgress(50 * MB, 200 * MB));
    expect(await within(section).findByText('Завантажено 50 МБ з 200 МБ (25%)')).toBeInTheDocument();
    expect(within(section).getByRole('progressbar', { name: 'Завантаження «запис.mp4»' })).toHaveAttribute('aria-valuenow', '25');
    expect(within(section).getByText(/завантаження продовжиться з місця зупинки/)).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Призупинити' }));
    expect(upload.abort).toHaveBeenCalledWith();
    expect(within(section).getByText('Призупинено: 50 МБ з 200 МБ (25%)')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Продовжити' }));
    expect(upload.start).toHaveBeenCalledTimes(2);

    listed = [recording({ fileName: 'запис.mp4', size: 200 * MB })];
    act(() => upload.options.onSuccess());
    expect(await within(section).findByText('Запис «запис.mp4» завантажено.')).toBeInTheDocument();
    const player = await screen.findByLabelText('Запис «запис.mp4»');
    await waitFor(() => expect(player).toHaveAttribute('src', '/api/recordings/501/file'));
  });

  it('resumes an upload this browser started for the same file', async () => {
    previous.push({ uploadUrl: '/api/uploads/abc', size: 200 * MB, metadata: {}, creationTime: '', urlStorageKey: 'k', parallelUploadUrls: null });
    open({ body: adminMe }, true);
    const { upload } = await pickAndStart();
    expect(upload.resumeFromPreviousUpload).toHaveBeenCalledWith(previous[0]);
  });

  it('cancels with tus termination', async () => {
    open({ body: adminMe }, true);
    const { user, section, upload } = await pickAndStart();
    await user.click(within(section).getByRole('button', { name: 'Скасувати завантаження' }));
    expect(upload.abort).toHaveBeenCalledWith(true);
    expect(within(section).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Завантажити' })).toBeDisabled();
  });

  it.each([
    [413, 'file_too_large', /Файл завеликий: найбільший розмір запису — 4 ГБ/],
    [415, 'recording_type_not_allowed', /Це не відео у форматі MP4/],
    [507, 'storage_full', /На сервері закінчилося місце/],
    [423, 'upload_in_progress', /уже завантажується в іншій вкладці/],
  ])('explains a %i %s', async (status, code, message) => {
    open({ body: adminMe }, true);
    const { section, upload } = await pickAndStart();
    act(() => upload.options.onError(failure(status, { status, code, detail: 'server words' })));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Не вдалося завантажити «запис.mp4»');
    expect(alert).toHaveTextContent(message);
  });

  it('names the limit the server tells in Tus-Max-Size', async () => {
    const { calls } = open({ body: adminMe }, true, {
      'OPTIONS /api/uploads': { status: 204, headers: { 'Tus-Max-Size': String(2560 * MB) } },
    });
    const section = await screen.findByRole('region', { name: 'Завантажити запис' });
    expect(await within(section).findByText(/MP4, M4V, MOV, WebM або MKV, до 2,5 ГБ\./)).toBeInTheDocument();
    const { upload } = await pickAndStart();
    act(() => upload.options.onError(failure(413, { status: 413, code: 'file_too_large', detail: 'Файл завеликий.' })));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Файл завеликий: найбільший розмір запису — 2,5 ГБ.');
    expect(calls.filter((call) => call.method === 'OPTIONS')).toHaveLength(1);
  });

  it('names no size while the limit is unknown, and then shows the refusal’s own sentence', async () => {
    open({ body: adminMe }, true, { 'OPTIONS /api/uploads': { status: 204 } });
    const section = await screen.findByRole('region', { name: 'Завантажити запис' });
    expect(within(section).getByText(/MP4, M4V, MOV, WebM або MKV\. Учасники/)).toBeInTheDocument();
    const { upload } = await pickAndStart();
    act(() =>
      upload.options.onError(
        failure(413, {
          status: 413,
          code: 'file_too_large',
          detail: 'Файл завеликий.',
          errors: [{ field: 'file', code: 'file_too_large', message: 'Файл більший за 3072 МБ.' }],
        }),
      ),
    );
    expect(await within(section).findByRole('alert')).toHaveTextContent('Файл більший за 3072 МБ.');
  });

  it('shows the server’s sentence for any other error', async () => {
    open({ body: adminMe }, true);
    const { section, upload } = await pickAndStart();
    act(() => upload.options.onError(failure(400, { status: 400, code: 'validation_failed', detail: 'Заняття скасовано.' })));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Заняття скасовано.');
  });

  it('lets staff delete a recording after confirming', async () => {
    let listed = [recording()];
    const { calls } = open({ body: adminMe }, true, {
      'GET /api/sessions/90/recordings': () => ({ body: listed }),
      'DELETE /api/recordings/501': () => {
        listed = [];
        return { status: 204 };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Видалити запис «вебінар-1.mp4»' }));
    const dialog = await screen.findByRole('dialog', { name: 'Видалити запис?' });
    await user.click(within(dialog).getByRole('button', { name: 'Видалити запис' }));
    expect(await screen.findByText('Записів цього заняття ще немає.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'DELETE' && call.url.pathname === '/api/recordings/501')).toBe(true);
    expect(calls.find((call) => call.method === 'DELETE')?.headers.get('X-CSRF-Token')).toBe('t');
  });

  it('gives a participant the players, with no upload and no delete', async () => {
    open({ body: learnerMe }, false, { 'GET /api/sessions/90/recordings': { body: [recording()] } });
    const video = await screen.findByLabelText('Запис «вебінар-1.mp4»');
    expect(video.tagName).toBe('VIDEO');
    await waitFor(() => expect(video).toHaveAttribute('src', '/api/recordings/501/file'));
    expect(video).toHaveAttribute('preload', 'metadata');
    expect(screen.getByText(/350 МБ/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Завантажити запис' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Видалити запис/ })).not.toBeInTheDocument();
  });

  it('shows nothing about recordings to someone the server lists none for', async () => {
    open({ body: learnerMe }, false);
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Записи' })).not.toBeInTheDocument());
  });
});

/** Drives a `<video>` as a browser would: its position, and the events playing, seeking and pausing fire. */
function drive(video: HTMLElement) {
  let time = 0;
  Object.defineProperty(video, 'currentTime', { configurable: true, get: () => time, set: (value: number) => (time = value) });
  return {
    play: () => fireEvent.play(video),
    /** Plays on to `to`, a `timeupdate` every quarter second. */
    playTo: (to: number) => {
      while (time < to) {
        time = Math.min(to, time + 0.25);
        fireEvent.timeUpdate(video);
      }
    },
    seek: (to: number) => {
      time = to;
      fireEvent.seeking(video);
      fireEvent.timeUpdate(video);
      fireEvent.seeked(video);
    },
    pause: () => fireEvent.pause(video),
  };
}

const progress = (overrides: Record<string, unknown> = {}) => ({
  recordingId: 501,
  watchedSeconds: 1620,
  durationSeconds: 3600,
  watchedShare: 0.45,
  requiredShare: 0.8,
  sessionAttended: false,
  attendedViaRecording: false,
  ...overrides,
});

const reports = (calls: RecordedRequest[]) =>
  calls.filter((call) => call.method === 'POST' && call.url.pathname === '/api/recordings/501/progress').map((call) => call.body);

describe('watching a recording', { timeout: 30_000 }, () => {
  it('shows a participant how much they watched and what counts, and reports what they really played', async () => {
    let answer = progress();
    const { calls } = open({ body: learnerMe }, false, {
      'GET /api/sessions/90/recordings': { body: [recording()] },
      'GET /api/recordings/501/progress': () => ({ body: answer }),
      'POST /api/recordings/501/progress': () => ({ body: answer }),
    });
    const panel = await screen.findByTestId('watch-progress');
    expect(within(panel).getByText('Переглянуто 45% запису')).toBeInTheDocument();
    expect(within(panel).getByRole('progressbar', { name: 'Переглянуто із запису «вебінар-1.mp4»' })).toHaveAttribute('aria-valuenow', '45');
    expect(within(panel).getByRole('status')).toHaveTextContent('Перегляньте щонайменше 80%, щоб заняття зарахували як відвідане через запис');

    const video = drive(screen.getByLabelText('Запис «вебінар-1.mp4»'));
    video.play();
    video.playTo(20); // a report after 15 s of playing
    video.seek(1800); // skipping ahead closes the stretch at 20, never counting 20..1800
    video.playTo(1803);
    answer = progress({ watchedSeconds: 2900, watchedShare: 0.81, attendedViaRecording: true });
    video.pause();

    await waitFor(() =>
      expect(reports(calls)).toEqual([
        { from: 0, to: 15 },
        { from: 15, to: 20 },
        { from: 1800, to: 1803 },
      ]),
    );
    expect(calls.find((call) => call.method === 'POST')?.headers.get('X-CSRF-Token')).toBe('t');
    expect(await within(panel).findByText('Переглянуто 81% запису')).toBeInTheDocument();
    expect(within(panel).getByRole('status')).toHaveTextContent('Зараховано як відвідування через запис');
  });

  it('says nothing about make-up to someone who attended, nor where the program does not count recordings', async () => {
    open({ body: learnerMe }, false, {
      'GET /api/sessions/90/recordings': { body: [recording(), recording({ id: 502, fileName: 'частина-2.mp4' })] },
      'GET /api/recordings/501/progress': { body: progress({ sessionAttended: true }) },
      'GET /api/recordings/502/progress': { body: progress({ recordingId: 502, requiredShare: null, watchedShare: 0.1 }) },
    });
    await waitFor(() => expect(screen.getAllByTestId('watch-progress')).toHaveLength(2));
    const panels = screen.getAllByTestId('watch-progress');
    expect(within(panels[0]!).getByText('Переглянуто 45% запису')).toBeInTheDocument();
    expect(within(panels[1]!).getByText('Переглянуто 10% запису')).toBeInTheDocument();
    for (const panel of panels) expect(within(panel).getByRole('status')).toBeEmptyDOMElement();
  });

  it('neither tracks nor shows progress for someone the server does not count as a participant', async () => {
    const { calls } = open({ body: adminMe }, true, {
      'GET /api/sessions/90/recordings': { body: [recording()] },
      'GET /api/recordings/501/progress': { status: 403, body: { status: 403, code: 'not_a_participant' } },
    });
    const element = await screen.findByLabelText('Запис «вебінар-1.mp4»');
    await waitFor(() => expect(calls.some((call) => call.url.pathname === '/api/recordings/501/progress')).toBe(true));
    const video = drive(element);
    video.play();
    video.playTo(20);
    video.pause();
    expect(screen.queryByTestId('watch-progress')).not.toBeInTheDocument();
    expect(reports(calls)).toEqual([]);
  });

  it('goes on with the next stretch after one is refused as too fast', async () => {
    let refuse = true;
    const { calls } = open({ body: learnerMe }, false, {
      'GET /api/sessions/90/recordings': { body: [recording()] },
      'GET /api/recordings/501/progress': { body: progress() },
      'POST /api/recordings/501/progress': () => {
        if (!refuse) return { body: progress({ watchedShare: 0.5 }) };
        refuse = false;
        return { status: 409, body: { status: 409, code: 'progress_too_fast' } };
      },
    });
    await screen.findByTestId('watch-progress');
    const video = drive(screen.getByLabelText('Запис «вебінар-1.mp4»'));
    video.play();
    video.playTo(15);
    video.playTo(18);
    video.pause();
    await waitFor(() => expect(reports(calls)).toEqual([{ from: 0, to: 15 }, { from: 15, to: 18 }]));
    expect(await screen.findByText('Переглянуто 50% запису')).toBeInTheDocument();
  });

  it('sends what was played with keepalive when the page is hidden', async () => {
    const { calls, fetchMock } = open({ body: learnerMe }, false, {
      'GET /api/sessions/90/recordings': { body: [recording()] },
      'GET /api/recordings/501/progress': { body: progress() },
      'POST /api/recordings/501/progress': { body: progress() },
    });
    await screen.findByTestId('watch-progress');
    const video = drive(screen.getByLabelText('Запис «вебінар-1.mp4»'));
    video.play();
    video.playTo(7);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      fireEvent(document, new Event('visibilitychange'));
    } finally {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    }
    await waitFor(() => expect(reports(calls)).toEqual([{ from: 0, to: 7 }]));
    const init = fetchMock.mock.calls.find(([url, request]) => String(url).endsWith('/progress') && request?.method === 'POST')?.[1];
    expect(init).toMatchObject({ keepalive: true });
    expect(new Headers(init?.headers).get('X-CSRF-Token')).toBe('t');
  });
});

describe('playing from a signed URL', { timeout: 30_000 }, () => {
  const signed = (n: number, expiresInMs = 6 * 3600_000) => ({
    url: `/media/ab/cd/ef01.mp4?expires=${n}&md5=hash${n}`,
    expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  });

  /** A `<video>` whose position and paused state the test sets; `play()` is recorded (jsdom has none). */
  function player(element: HTMLElement, at: { time: number; paused: boolean }) {
    Object.defineProperty(element, 'currentTime', { configurable: true, get: () => at.time, set: (value: number) => (at.time = value) });
    Object.defineProperty(element, 'paused', { configurable: true, get: () => at.paused });
    const play = vi.fn(() => Promise.resolve());
    Object.defineProperty(element, 'play', { configurable: true, value: play });
    return play;
  }

  it('asks the server where to play and plays from the URL it gives', async () => {
    const { calls } = open({ body: learnerMe }, false, {
      'GET /api/sessions/90/recordings': { body: [recording()] },
      'GET /api/recordings/501/playback': { body: signed(1) },
    });
    const video = await screen.findByLabelText('Запис «вебінар-1.mp4»');
    await waitFor(() => expect(video).toHaveAttribute('src', signed(1).url));
    expect(calls.filter((call) => call.url.pathname === '/api/recordings/501/playback')).toHaveLength(1);
  });

  it('asks again when the video stops with an error and goes on playing where it was', async () => {
    let asked = 0;
    const { calls } = open({ body: learnerMe }, false, {
      'GET /api/sessions/90/recordings': { body: [recording()] },
      'GET /api/recordings/501/progress': { body: progress() },
      'POST /api/recordings/501/progress': { body: progress() },
      'GET /api/recordings/501/playback': () => ({ body: signed(++asked) }),
    });
    await screen.findByTestId('watch-progress');
    const video = screen.getByLabelText('Запис «вебінар-1.mp4»');
    await waitFor(() => expect(video).toHaveAttribute('src', signed(1).url));
    const at = { time: 0, paused: true };
    const play = player(video, at);
    fireEvent.loadedMetadata(video);
    at.paused = false;
    fireEvent.play(video);
    for (; at.time < 1234; at.time += 0.25) fireEvent.timeUpdate(video);

    fireEvent.error(video); // nginx answered 410: the URL expired
    await waitFor(() => expect(video).toHaveAttribute('src', signed(2).url));
    // loading the new source starts it over at 0, paused, as a browser does
    at.time = 0;
    at.paused = true;
    fireEvent.timeUpdate(video);
    fireEvent.loadedMetadata(video);
    expect(at.time).toBeCloseTo(1234, 0);
    expect(play).toHaveBeenCalledTimes(1);

    // once the new one has loaded, an error asks once more; more errors before anything loads do not: no endless asking
    fireEvent.error(video);
    fireEvent.error(video);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.filter((call) => call.url.pathname === '/api/recordings/501/playback')).toHaveLength(3);
    fireEvent.error(video);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.filter((call) => call.url.pathname === '/api/recordings/501/playback')).toHaveLength(3);
    // the progress the player reported is what was played before the error, and nothing skipped
    await waitFor(() => expect(reports(calls)[0]).toEqual({ from: 0, to: 15 }));
    expect(reports(calls).every((stretch) => (stretch as { to: number }).to <= 1234)).toBe(true);
  });

  it('replaces the URL shortly before it expires, keeping a paused video where it was', async () => {
    let asked = 0;
    open({ body: learnerMe }, false, {
      'GET /api/sessions/90/recordings': { body: [recording()] },
      // a new one is asked for a minute before the first expires: here in 300 ms
      'GET /api/recordings/501/playback': () => ({ body: ++asked === 1 ? signed(1, 60_300) : signed(asked) }),
    });
    const video = await screen.findByLabelText('Запис «вебінар-1.mp4»');
    const at = { time: 600, paused: true };
    const play = player(video, at);
    await waitFor(() => expect(video).toHaveAttribute('src', signed(1).url));
    await waitFor(() => expect(video).toHaveAttribute('src', signed(2).url));
    at.time = 0;
    fireEvent.loadedMetadata(video);
    expect(at.time).toBe(600);
    expect(play).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toBe(2);
  });

  it('plays the file endpoint, as before, when the server says so', async () => {
    open({ body: learnerMe }, false, { 'GET /api/sessions/90/recordings': { body: [recording()] } });
    const video = await screen.findByLabelText('Запис «вебінар-1.mp4»');
    await waitFor(() => expect(video).toHaveAttribute('src', '/api/recordings/501/file'));
  });
});
