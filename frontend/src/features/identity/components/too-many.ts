import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/problem';

/** For a 429: the sentence asking to wait (in whole minutes when the server said how long); else undefined. */
export function tooManyRequests(error: unknown, t: TFunction): string | undefined {
  if (!isApiError(error) || error.status !== 429) return undefined;
  const seconds = error.retryAfterSeconds;
  return seconds === undefined
    ? t('identity.tooManyRequestsLater')
    : t('identity.tooManyRequests', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
}
