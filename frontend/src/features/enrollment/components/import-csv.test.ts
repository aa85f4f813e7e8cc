import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from './import-csv';

describe('CSV for Excel', () => {
  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    expect(csvText([['Email', 'Прізвище'], ['olena@example.org', 'Коваленко']])).toBe(
      '\uFEFFEmail;Прізвище\r\nolena@example.org;Коваленко\r\n',
    );
  });

  it('quotes cells that need it and keeps formulas from running', () => {
    expect(csvCell('Рада; відділ')).toBe('"Рада; відділ"');
    expect(csvCell('ТОВ "Світанок"')).toBe('"ТОВ ""Світанок"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+380501234567')).toBe("'+380501234567");
    expect(csvCell(null)).toBe('');
  });
});
