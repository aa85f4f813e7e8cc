import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { useState, type FormEvent } from 'react';
import { formPath, serverFormErrors } from './server-errors';

/** What a form's FormErrorSummary shows. */
export interface FormFeedbackSummary {
  errors: FormErrors;
  /** The server's refusal of the last try, if it refused. */
  error: unknown;
  /** Counts failed tries: each one moves focus to the summary. */
  attempt: number;
}

/**
 * Ties a Mantine form to the server's answer and to the error summary: the server's field errors
 * (`errors[].field`) land under the matching inputs, and every failed try, caught before sending or
 * refused by the server, moves focus to the summary at the top of the form, which links each error
 * to its field. `toFormPath` maps server field names whose indexes differ from the form's.
 */
export function useFormFeedback<Values, Transformed>(
  form: UseFormReturnType<Values, Transformed>,
  serverError: unknown,
  toFormPath: (serverField: string) => string = formPath,
) {
  const [attempt, setAttempt] = useState(0);
  const [seenError, setSeenError] = useState(serverError);
  if (serverError !== seenError) {
    setSeenError(serverError);
    if (serverError) {
      form.setErrors(serverFormErrors(serverError, toFormPath));
      setAttempt((count) => count + 1);
    }
  }
  const onSubmit = (send: (values: Transformed) => void) =>
    form.onSubmit(send, () => setAttempt((count) => count + 1)) as (event?: FormEvent<HTMLFormElement>) => void;
  const summary: FormFeedbackSummary = { errors: form.errors, error: serverError, attempt };
  return { onSubmit, summary };
}
