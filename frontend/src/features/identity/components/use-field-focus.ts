import { useEffect, useRef } from 'react';

/**
 * After a failed submit, moves focus to the first field with an error so keyboard and
 * screen-reader users land on what needs fixing.
 */
export function useFocusFirstError(fieldErrors: Record<string, string | undefined>, order: readonly string[]) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const first = order.find((field) => fieldErrors[field]);
    if (!first || !formRef.current) return;
    const input = formRef.current.querySelector<HTMLElement>(`[name="${first}"]`);
    input?.focus();
  }, [fieldErrors, order]);
  return formRef;
}
