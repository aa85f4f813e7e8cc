/** The `:id` of a session route as a number; NaN when it is not one (the screens then say "not found"). */
export function sessionIdParam(raw: string | undefined): number {
  return raw && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
}
