/**
 * toCSV: RFC 4180 (CRLF, quoted fields, doubled quotes), one row per scenario,
 * and no cell a spreadsheet would run as a formula.
 */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, simulate, simulateMany, toCSV } from '../../src/index.js';

/** A small RFC 4180 reader: quoted fields with doubled quotes, CRLF records. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('toCSV', () => {
  const wave = [
    simulate({ treaty: 'ottawa', party: 'Lithuania', events: [{ type: 'instrument.deposited', date: '2025-06-27' }] }),
    simulate({ treaty: 'ottawa', party: 'Finland', events: [{ type: 'instrument.deposited', date: '2025-07-10' }] }),
    simulate({
      treaty: 'ottawa',
      party: 'Ukraine',
      events: [
        { type: 'armedConflict.started', date: '2022-02-24' },
        { type: 'instrument.deposited', date: '2025-07-18' },
      ],
    }),
  ];

  it('writes a header and one row per scenario, with the dates', () => {
    expect(readCsv(toCSV(wave))).toEqual([
      [...CSV_COLUMNS],
      ['Lithuania', 'ottawa', 'effective', '2025-06-27', '2025-12-27', '2025-12-27', ''],
      ['Finland', 'ottawa', 'effective', '2025-07-10', '2026-01-10', '2026-01-10', ''],
      ['Ukraine', 'ottawa', 'deferred', '2025-07-18', '2026-01-18', '', ''],
    ]);
  });

  it('quotes every field, doubles quotes, and ends every record in CRLF', () => {
    const csv = toCSV([simulate({ treaty: 'ottawa', party: 'A "quoted", name\non two lines', events: [] })]);
    expect(csv.split('\r\n')[1]).toBe('"A ""quoted"", name\non two lines","ottawa","in-procedure","","","",""');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readCsv(csv)[1]?.[0]).toBe('A "quoted", name\non two lines');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    // (A leading tab is neutralised too, but a party name is trimmed before it gets here.)
    const parties = ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)'];
    const rows = readCsv(toCSV(parties.map((party) => simulate({ treaty: 'ottawa', party: `${party}Z`, events: [] }))));
    expect(rows.slice(1).map((row) => row[0])).toEqual(['\'=HYPERLINK("http://x")Z', "'+1Z", "'-2+3Z", "'@SUM(A1)Z"]);
  });

  it('takes simulateMany results, a failed scenario as an error row', () => {
    const rows = readCsv(
      toCSV(
        simulateMany([
          { treaty: 'ottawa', events: [] },
          { treaty: 'nope', events: [] },
        ]),
      ),
    );
    expect(rows[1]).toEqual(['', 'ottawa', 'in-procedure', '', '', '', '']);
    expect(rows[2]?.slice(0, 6)).toEqual(['', '', 'error', '', '', '']);
    expect(rows[2]?.[6]).toMatch(/^UNKNOWN_TREATY: treaty: unknown treaty "nope"/);
  });

  it('writes only the header for no results', () => {
    expect(toCSV([])).toBe('"party","treaty","outcome","receivedOn","noticeExpiresOn","effectiveOn","error"\r\n');
  });
});
