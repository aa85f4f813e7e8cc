import { useEffect, useRef } from 'react';

/**
 * After a failed submit, moves focus to the first field (in document order) that shows an error,
 * so keyboard and screen-reader users land on what needs fixing.
 */
export function useFocusFirstError(fieldErrors: Record<string, string | undefined>) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const names = new Set(Object.keys(fieldErrors).filter((field) => fieldErrors[field]));
    if (names.size === 0) return;
    const first = Array.from(form.querySelectorAll<HTMLElement>('[name]')).find((element) =>
      names.has(element.getAttribute('name') ?? ''),
    );
    first?.focus();
  }, [fieldErrors]);
  return formRef;
}
