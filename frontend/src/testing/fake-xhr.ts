/**
 * A stand-in for XMLHttpRequest in tests (`vi.stubGlobal('XMLHttpRequest', FakeXhr)`): it records
 * what was sent and lets the test report upload progress and answer the request.
 */
export class FakeXhr {
  static instances: FakeXhr[] = [];

  static reset() {
    FakeXhr.instances = [];
  }

  static last(): FakeXhr {
    const xhr = FakeXhr.instances.at(-1);
    if (!xhr) throw new Error('No XMLHttpRequest was opened');
    return xhr;
  }

  method = '';
  url = '';
  requestHeaders: Record<string, string> = {};
  body: unknown = undefined;
  sent = false;
  aborted = false;
  status = 0;
  statusText = '';
  responseText = '';
  private responseHeaders: Record<string, string> = {};

  readonly upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.instances.push(this);
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.requestHeaders[name.toLowerCase()] = value;
  }

  getResponseHeader(name: string): string | null {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }

  send(body: unknown) {
    this.body = body;
    this.sent = true;
  }

  abort() {
    if (this.aborted || !this.sent) return;
    this.aborted = true;
    this.onabort?.();
  }

  /** The names of the multipart parts, in the order they were appended. */
  partNames(): string[] {
    return this.body instanceof FormData ? [...this.body.keys()] : [];
  }

  /** The file sent as the multipart part `name`. */
  file(name = 'file'): File | null {
    const value = this.body instanceof FormData ? this.body.get(name) : null;
    return value instanceof File ? value : null;
  }

  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }

  respond(status: number, body?: unknown, headers: Record<string, string> = {}) {
    this.status = status;
    this.responseHeaders = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
    if (body !== undefined && !('content-type' in this.responseHeaders)) {
      this.responseHeaders['content-type'] = status >= 400 ? 'application/problem+json' : 'application/json';
    }
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.onload?.();
  }

  failNetwork() {
    this.onerror?.();
  }
}
