import { useMemo, useState } from 'react';
import { isApiError } from '../../../lib/problem';
import { useFocusFirstError } from './use-field-focus';

/**
 * A form's text fields: their values, the errors found before sending merged with the server's
 * field errors (the local ones win), and focus moved to the first field at fault.
 */
export function useFormFields<F extends string>(fields: readonly F[], initial: Record<F, string>, serverError: unknown) {
  const [values, setValues] = useState<Record<F, string>>(initial);
  const [clientErrors, setClientErrors] = useState<Partial<Record<F, string>>>({});
  const fieldErrors: Partial<Record<string, string>> = useMemo(
    () => ({ ...(isApiError(serverError) ? serverError.fieldErrors : {}), ...clientErrors }),
    [serverError, clientErrors],
  );
  const formRef = useFocusFirstError(fieldErrors, fields);
  const update = (field: F) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
  };
  const hasFieldErrors = Object.values(fieldErrors).some(Boolean);
  return { values, update, fieldErrors, setClientErrors, formRef, hasFieldErrors };
}
