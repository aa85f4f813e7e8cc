/** Only same-site paths are accepted as a post-login destination (no open redirects). */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return fallback;
  }
  if (target.startsWith('/login') || target.startsWith('/signup')) return fallback;
  return target;
}
