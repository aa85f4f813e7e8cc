/**
 * Props for each option of a radio or checkbox group whose wrapper has `id`: Mantine describes the
 * group by its error but marks no option invalid, so each option says so and points at the error.
 */
export function optionAria(groupId: string, error: unknown) {
  return {
    'aria-invalid': Boolean(error),
    'aria-describedby': error ? `${groupId}-error` : undefined,
  };
}
