/**
 * CSV files made in the browser (the import template, the password links): UTF-8 with a BOM so
 * that Excel shows Cyrillic right, semicolons because Excel in Ukraine expects them, CRLF lines.
 */
const BOM = '\uFEFF';
const SEPARATOR = ';';

/**
 * One cell, quoted when it must be. Text a spreadsheet would run as a formula (=, +, -, @) gets a
 * leading apostrophe: names and emails come from uploaded files and must stay plain text.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n,]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvText(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(SEPARATOR)).join('\r\n') + '\r\n';
}

/** Saves `rows` as a CSV file through a temporary link; nothing leaves the browser. */
export function downloadCsv(fileName: string, rows: readonly (readonly (string | number | null | undefined)[])[]) {
  const blob = new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
