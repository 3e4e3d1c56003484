import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/dates/arithmetic.js';
import {
  entryIntoForceFor,
  isStateCode,
  type PartyRecord,
  type PartyTable,
  PartyTableSchema,
  parties,
  partiesOn,
  partyDataTreatyIds,
  partyName,
  partyRecord,
} from '../../src/index.js';
import { ALPHA3_TO_ALPHA2 } from '../../src/parties/alpha3.js';
import { getTreaty, isTreatyId } from '../../src/treaties/catalog.js';

const tables = partyDataTreatyIds.map((id) => parties(id) as PartyTable);

/** Parties on `date` the way the published total counts them. */
function countedOn(table: PartyTable, date: string): PartyRecord[] {
  const joined = (r: PartyRecord) => (table.publishedTotal.basis === 'deposited' ? r.deposited : r.entryIntoForce) <= date;
  return table.parties.filter((r) => joined(r) && (r.withdrawal === undefined || date < r.withdrawal.effective));
}

describe('the party tables', () => {
  it('ship data for the Mine Ban Treaty, the CCM and the Rome Statute, each a shipped treaty', () => {
    expect(partyDataTreatyIds).toEqual(['ottawa', 'ccm', 'rome-statute']);
    for (const id of partyDataTreatyIds) expect(isTreatyId(id)).toBe(true);
    expect(parties('paris-agreement')).toBeUndefined();
    expect(parties('toString')).toBeUndefined();
  });

  it.each(tables.map((t) => [t.treaty, t] as const))('%s: is valid against the schema', (_, table) => {
    const parsed = PartyTableSchema.safeParse(table);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it.each(tables.map((t) => [t.treaty, t] as const))(
    '%s: every entry-into-force date follows from the deposit by the treaty’s own rule',
    (_, table) => {
      // A succession counted from the date of State succession binds from that date instead (its own field).
      const expected = (r: PartyRecord) => r.successionDate ?? entryIntoForceFor(table, r.deposited);
      const wrong = table.parties
        .filter((r) => expected(r) !== r.entryIntoForce)
        .map((r) => `${r.code}: deposited ${r.deposited}, recorded ${r.entryIntoForce}, rule gives ${expected(r)}`);
      expect(wrong).toEqual([]);
      expect(table.parties.filter((r) => r.successionDate !== undefined && r.instrument !== 'succession')).toEqual([]);
    },
  );

  it.each(tables.map((t) => [t.treaty, t] as const))(
    '%s: codes are unique ISO 3166-1 alpha-3 codes of known states',
    (_, table) => {
      const codes = table.parties.map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
      expect(codes.filter((c) => !isStateCode(c) || c !== c.toUpperCase())).toEqual([]);
    },
  );

  it.each(tables.map((t) => [t.treaty, t] as const))('%s: dates are in order', (_, table) => {
    for (const r of table.parties) {
      expect(r.successionDate === undefined ? r.deposited <= r.entryIntoForce : r.entryIntoForce <= r.deposited, r.code).toBe(
        true,
      );
      if (r.withdrawal) {
        expect(r.withdrawal.received < r.withdrawal.effective, r.code).toBe(true);
        expect(r.entryIntoForce <= r.withdrawal.received, r.code).toBe(true);
      }
    }
    expect(table.asOf >= table.publishedTotal.asOf || !table.complete).toBe(true);
  });

  it.each(tables.map((t) => [t.treaty, t] as const))(
    '%s: agrees with the treaty profile on the treaty’s own entry into force, where the profile states it',
    (_, table) => {
      const profile = getTreaty(table.treaty) as { entryIntoForce?: { date: string } };
      if (profile.entryIntoForce !== undefined) expect(profile.entryIntoForce.date).toBe(table.treatyEntryIntoForce.date);
      expect(table.parties.some((r) => r.entryIntoForce === table.treatyEntryIntoForce.date)).toBe(true);
    },
  );

  it('match the depositary’s published totals (so a dropped or doubled row cannot hide)', () => {
    const ottawa = parties('ottawa') as PartyTable;
    expect(countedOn(ottawa, ottawa.publishedTotal.asOf)).toHaveLength(166);
    expect(ottawa.publishedTotal).toMatchObject({ count: 166, asOf: '2025-06-25', basis: 'deposited' });
    // The UN status file the first 164 rows come from counted 164 parties on 15 January 2018.
    expect(countedOn(ottawa, '2018-01-15')).toHaveLength(164);
    const ccm = parties('ccm') as PartyTable;
    expect(countedOn(ccm, ccm.publishedTotal.asOf)).toHaveLength(112);
    expect(ccm.publishedTotal).toMatchObject({ count: 112, asOf: '2023-08-03', basis: 'deposited' });
    // The UN status file the first 102 rows come from counted 102 parties on 15 January 2018.
    expect(countedOn(ccm, '2018-01-15')).toHaveLength(102);
    expect(partiesOn('ccm', '2025-03-06')).toHaveLength(111);
    // The Rome Statute: the 125 parties of 1 January 2025 (Ukraine the 125th).
    const rome = parties('rome-statute') as PartyTable;
    expect(rome.complete).toBe(true);
    expect(rome.publishedTotal).toMatchObject({ count: 125, asOf: '2025-01-01', basis: 'in-force' });
    expect(countedOn(rome, rome.publishedTotal.asOf)).toHaveLength(125);
  });

  it('holds every state of a complete table’s count, and no more, whatever the table’s order', () => {
    for (const table of tables.filter((t) => t.complete)) {
      expect(countedOn(table, table.publishedTotal.asOf)).toHaveLength(table.publishedTotal.count);
    }
  });

  it('records Poland’s Mine Ban Treaty dates as the depositary does', () => {
    expect(partyRecord('ottawa', 'POL')).toMatchObject({
      code: 'POL',
      instrument: 'ratification',
      deposited: '2012-12-27',
      entryIntoForce: '2013-06-01',
      withdrawal: { received: '2025-08-20', effective: '2026-02-20' },
    });
    expect(partyRecord('ottawa', 'pol')?.entryIntoForce).toBe('2013-06-01');
  });

  it('counts a succession from the date the depositary gives', () => {
    expect(partyRecord('ottawa', 'SSD')).toMatchObject({
      instrument: 'succession',
      deposited: '2011-11-11',
      entryIntoForce: '2011-07-09',
    });
    expect(partyRecord('ottawa', 'MNE')).toMatchObject({
      instrument: 'succession',
      deposited: '2006-10-23',
      entryIntoForce: '2007-04-01',
    });
    expect(partyRecord('rome-statute', 'MNE')).toMatchObject({
      instrument: 'succession',
      deposited: '2006-10-23',
      entryIntoForce: '2006-06-03',
    });
  });

  it('records the withdrawals of 2025–2026 and of the Rome Statute', () => {
    const effective = (id: string, code: string) => partyRecord(id, code)?.withdrawal?.effective;
    expect(['LTU', 'LVA', 'EST', 'FIN', 'POL'].map((c) => effective('ottawa', c))).toEqual([
      '2025-12-27',
      '2025-12-27',
      '2025-12-27',
      '2026-01-10',
      '2026-02-20',
    ]);
    expect(partyRecord('ottawa', 'UKR')?.withdrawal).toBeUndefined(); // deferred by the armed conflict: still a party
    expect(effective('ccm', 'LTU')).toBe('2025-03-06');
    expect(['BDI', 'PHL', 'HUN'].map((c) => effective('rome-statute', c))).toEqual(['2017-10-27', '2019-03-17', '2026-06-02']);
  });

  it('lists the parties on a date', () => {
    expect(partiesOn('ottawa', '1999-02-28')).toHaveLength(0);
    expect(partiesOn('ottawa', '1999-03-01')?.length).toBeGreaterThanOrEqual(40);
    expect(partiesOn('ottawa', '2026-02-19')?.some((r) => r.code === 'POL')).toBe(true);
    expect(partiesOn('ottawa', '2026-02-20')?.some((r) => r.code === 'POL')).toBe(false);
    expect(partiesOn('ottawa', '2026-03-01')).toHaveLength(161);
    expect(partiesOn('paris-agreement', '2026-03-01')).toBeUndefined();
    expect(() => partiesOn('ottawa', '2026-02-30')).toThrow(/not a calendar date/);
  });
});

describe('entryIntoForceFor', () => {
  const ottawa = parties('ottawa') as PartyTable;
  const rome = parties('rome-statute') as PartyTable;

  it('applies Mine Ban Treaty Art. 17: the first day of the sixth month after the month of deposit, not before 1 March 1999', () => {
    expect(entryIntoForceFor(ottawa, '2012-12-27')).toBe('2013-06-01');
    expect(entryIntoForceFor(ottawa, '2012-12-01')).toBe('2013-06-01');
    expect(entryIntoForceFor(ottawa, '2012-12-31')).toBe('2013-06-01');
    expect(entryIntoForceFor(ottawa, '2013-01-01')).toBe('2013-07-01');
    expect(entryIntoForceFor(ottawa, '1997-12-03')).toBe('1999-03-01');
    expect(entryIntoForceFor(ottawa, '1998-09-16')).toBe('1999-03-01');
    expect(entryIntoForceFor(ottawa, '1998-10-01')).toBe('1999-04-01');
  });

  it('applies Rome Statute Art. 126: the first day of the month after the 60th day following deposit, not before 1 July 2002', () => {
    expect(entryIntoForceFor(rome, '2023-11-14')).toBe('2024-02-01'); // 60th day: 2024-01-13
    expect(entryIntoForceFor(rome, '2024-10-25')).toBe('2025-01-01'); // 60th day: 2024-12-24
    expect(entryIntoForceFor(rome, '2003-01-31')).toBe('2003-05-01'); // 60th day: 2003-04-01, itself a first
    expect(entryIntoForceFor(rome, '2002-04-11')).toBe('2002-07-01');
    expect(entryIntoForceFor(rome, '1999-11-29')).toBe('2002-07-01');
  });

  it('always gives the first of a month, after the deposit, within the rule’s reach', () => {
    const day = fc.integer({ min: 0, max: 365 * 60 }).map((n) => addDays('2002-07-01', n));
    fc.assert(
      fc.property(day, (deposited) => {
        const o = entryIntoForceFor(ottawa, deposited);
        const r = entryIntoForceFor(rome, deposited);
        return (
          o.endsWith('-01') &&
          r.endsWith('-01') &&
          o > addDays(deposited, 150) &&
          o <= addDays(deposited, 184) &&
          r > addDays(deposited, 60) &&
          r <= addDays(deposited, 92)
        );
      }),
    );
  });
});

describe('partyName', () => {
  it('names every state the data knows in English, whatever the locale', () => {
    const unnamed = Object.keys(ALPHA3_TO_ALPHA2).filter((code) => {
      const name = partyName(code);
      return name === undefined || name === ALPHA3_TO_ALPHA2[code] || name.length < 4;
    });
    expect(unnamed).toEqual([]);
    expect(Object.keys(ALPHA3_TO_ALPHA2)).toHaveLength(197);
    expect(new Set(Object.values(ALPHA3_TO_ALPHA2)).size).toBe(197);
  });

  it('names the states that matter here', () => {
    expect(partyName('POL')).toBe('Poland');
    expect(partyName('usa')).toBe('United States');
    expect(partyName('PSE')).toBe('State of Palestine');
    expect(partyName('VAT')).toBe('Holy See');
    expect(partyName('XYZ')).toBeUndefined();
    expect(partyName('PL')).toBeUndefined();
    expect(partyName('hasOwnProperty')).toBeUndefined();
  });
});
