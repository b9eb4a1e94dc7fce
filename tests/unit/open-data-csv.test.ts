// The open-data CSV is opened in spreadsheets by professionals: no cell may become a formula.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openDataCsv } from '../../src/lib/open-data/records.ts';
import { variant } from './helpers.ts';

describe('open-data CSV', () => {
  it('escapes every cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return)', () => {
    const payloads = [
      '=HYPERLINK("https://evil.example","Click for help")',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '+44 trick',
      '-2+3',
      '\t=1+1',
      '\r=1+1',
    ];
    const services = payloads.map((summary, i) =>
      variant('example-minimal-listing', `probe-${String(i)}`, (d) => ({ ...d, name: summary, summary })),
    );
    const rows = parse<Record<string, string>>(openDataCsv(services, 'https://london-support-finder.example.org'), { columns: true });
    expect(rows.map((r) => r['summary'])).toEqual(payloads.map((p) => `'${p}`));
    expect(rows.map((r) => r['name'])).toEqual(payloads.map((p) => `'${p}`));
  });

  it('leaves ordinary text alone', () => {
    const rows = parse<Record<string, string>>(
      openDataCsv([variant('example-minimal-listing', 'plain', (d) => d)], 'https://london-support-finder.example.org'),
      { columns: true },
    );
    expect(rows[0]?.['summary']).toBe('A helpline for anyone affected by domestic abuse.');
  });
});
