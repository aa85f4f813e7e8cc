import type { FormErrors } from '@mantine/form';
import { isApiError } from '../problem';

/**
 * A server field name (`partners[0].name`, `answers.q1`, `email`) as a form path
 * (`partners.0.name`, `answers.q1`, `email`).
 */
export function formPath(serverField: string): string {
  return serverField.replace(/\[(\d+)\]/g, '.$1');
}

/** The problem's `errors[]` as form errors (the first message per field), with fields mapped to form paths. */
export function serverFormErrors(error: unknown, toFormPath: (serverField: string) => string = formPath): FormErrors {
  if (!isApiError(error)) return {};
  const errors: FormErrors = {};
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    const path = toFormPath(field);
    if (!(path in errors)) errors[path] = message;
  }
  return errors;
}
