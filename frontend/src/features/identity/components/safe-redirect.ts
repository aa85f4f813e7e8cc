/** Only same-site paths are accepted as a post-login destination (no open redirects). */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return fallback;
  }
  if (['/login', '/signup', '/forgot-password', '/change-password'].some((page) => target.startsWith(page))) return fallback;
  return target;
}

/** `/login`, `/signup` or `/forgot-password` carrying where the person was going (`next`), when that is worth coming back to. */
export function authHref(path: '/login' | '/signup' | '/forgot-password', next: string | null | undefined): string {
  const destination = safeRedirect(next);
  return destination === '/' ? path : `${path}?next=${encodeURIComponent(destination)}`;
}
