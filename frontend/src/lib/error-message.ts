import type { TFunction } from 'i18next';
import { isApiError } from './problem';

/** The sentence to show for any error: the server's localized `detail` when there is one. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.status === 0) return t('errors.network');
    if (error.code === 'unexpected_response') return t('errors.unexpectedResponse');
    return error.problem.detail ?? error.problem.title ?? t('errors.generic');
  }
  return t('errors.generic');
}
