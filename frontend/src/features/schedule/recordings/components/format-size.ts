const MB = 1024 * 1024;
const GB = 1024 * MB;

/** "350,2 МБ", "1,25 ГБ": sizes of recordings, in the UI language's number format. */
export function formatSize(bytes: number, language: string | undefined, units: { mb: string; gb: string }): string {
  const inGb = bytes >= GB;
  const value = inGb ? bytes / GB : bytes / MB;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: inGb ? 2 : 1 }).format(value);
  return `${number} ${inGb ? units.gb : units.mb}`;
}
