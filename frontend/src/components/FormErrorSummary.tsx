import { Alert, Anchor, List, Text } from '@mantine/core';
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/error-message';
import type { FormFeedbackSummary } from '../lib/form/use-form-feedback';
import { isApiError } from '../lib/problem';

interface FormErrorSummaryProps extends FormFeedbackSummary {
  /** The visible label of the field at a form path; fields without one are listed without a link. */
  label: (path: string) => string | undefined;
  /** Overrides the sentence derived from the server's error (e.g. a 429 with the wait time). */
  message?: string;
  /** Overrides the heading of a refusal that names no field. */
  title?: string;
  /** Shown under the refusal, e.g. a link to where the person can go on. */
  children?: ReactNode;
}

/** The field a summary link points at: its control, or the first control inside a group. */
function focusField(form: HTMLFormElement | null | undefined, path: string) {
  // A problem with a whole row (`partners.0`) goes to the row's first field (`partners.0.name`).
  const element =
    form?.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`) ??
    form?.querySelector<HTMLElement>(`[data-path^="${CSS.escape(`${path}.`)}"]`);
  if (!element) return;
  const control = element.matches('input, select, textarea, button, [tabindex]')
    ? element
    : (element.querySelector<HTMLElement>('input:checked') ??
      element.querySelector<HTMLElement>('input, select, textarea, button'));
  control?.focus();
}

/**
 * At the top of a form: how many fields need fixing, each as a link that moves focus to the field,
 * and the server's explanation when it refused. Takes focus after every failed try, so the person
 * learns what happened where they are looking.
 */
export function FormErrorSummary({ errors, error, attempt, label, message, title, children }: FormErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);

  const fields = Object.entries(errors).filter(([, text]) => Boolean(text));
  const detail = message ?? (error ? errorMessage(error, t) : undefined);
  // A validation problem's detail only repeats that fields are wrong; the list says which.
  const showDetail = detail !== undefined && !(fields.length > 0 && isApiError(error) && error.code === 'validation_failed');
  if (fields.length === 0 && detail === undefined) return null;

  const onLink = (path: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusField(ref.current?.closest('form'), path);
  };
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      role="alert"
      title={fields.length > 0 ? t('form.errorCount', { count: fields.length }) : (title ?? t('errors.title'))}
    >
      {showDetail && <Text size="sm">{detail}</Text>}
      {children}
      {fields.length > 0 && (
        <List size="sm" mt={showDetail ? 'xs' : 0}>
          {fields.map(([path, text]) => {
            const name = label(path);
            return (
              <List.Item key={path}>
                {name === undefined ? (
                  text
                ) : (
                  <Anchor href={`#${path}`} onClick={onLink(path)} c="red.9" underline="always">
                    {name}: {text}
                  </Anchor>
                )}
              </List.Item>
            );
          })}
        </List>
      )}
    </Alert>
  );
}
