import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAM_PARAMS, analyseTeam } from '../../../src/slides/team/analyse.js';
import { analyseRaci, personCounts } from '../../../src/slides/team/analyse-raci.js';
import { raciFlags } from '../../../src/slides/team/raci-flags.js';
import { balancedChunks } from '../../../src/slides/team/raci-layout.js';
import { ANA, DANA, KAM_ROLE, LEGAL, letters, member, teamModel, withTeam } from './fixtures.js';

const TEAM = [
  member('Dana Lee', 'KAM', [], 'EMEA'),
  member('Omar Ruiz', 'KAM', ['A4']),
  member('Ana Silva', 'Solutions Architect', ['A1', 'A3']),
  member('Eve Stone', 'Executive Sponsor'),
];

describe('raciFlags', () => {
  it.each([
    [['RA', 'C'], []],
    [['R', 'A', 'I'], []],
    [['R', 'C'], ['noAccountable']],
    [['A', 'A', 'R'], ['severalAccountable']],
    [['A', 'C'], ['noResponsible']],
    [
      ['C', 'I'],
      ['noAccountable', 'noResponsible'],
    ],
    [['RA', 'A'], ['severalAccountable']],
    [
      ['', ''],
      ['noAccountable', 'noResponsible'],
    ],
    [[], ['noAccountable', 'noResponsible']],
  ])('%j → %j', (codes, flags) => {
    expect(raciFlags(letters(...codes))).toEqual(flags);
  });
});

describe('analyseRaci', () => {
  const model = withTeam(teamModel(), TEAM, {
    columns: [KAM_ROLE, DANA, ANA, LEGAL],
    activities: [
      ['Planning', letters('RA', '', 'C', '')],
      ['Pricing', letters('R', '', '', 'C')],
      ['Renewal', letters('A', 'A', 'R', 'I')],
      ['Design', letters('A', 'C', '', '')],
    ],
  });
  const result = analyseRaci(
    model.team?.raci ?? { sheet: '', columns: [], activities: [] },
    model.team?.team,
  );

  it('flags each activity and lists the flagged ones in sheet order', () => {
    expect(result.rows.map((row) => row.flags)).toEqual([
      [],
      ['noAccountable'],
      ['severalAccountable'],
      ['noResponsible'],
    ]);
    expect(result.flagged.map((row) => row.activity)).toEqual(['Pricing', 'Renewal', 'Design']);
    expect(result.flagCounts).toEqual({
      noAccountable: 1,
      severalAccountable: 1,
      noResponsible: 1,
    });
    expect(result.rows[2]?.accountable).toEqual(['KAM', 'Dana Lee']);
  });

  it('counts letters per column by hand', () => {
    // KAM: R in Planning, Pricing; A in Planning, Renewal, Design → R 2, A 3.
    expect(result.columns.map((c) => c.counts)).toEqual([
      { R: 2, A: 3, C: 0, I: 0 },
      { R: 0, A: 1, C: 1, I: 0 },
      { R: 1, A: 0, C: 1, I: 0 },
      { R: 0, A: 0, C: 1, I: 1 },
    ]);
    expect(result.unknownColumns).toEqual(['Legal']);
    expect(result.columns.map((c) => c.role)).toEqual([
      undefined,
      'KAM',
      'Solutions Architect',
      undefined,
    ]);
  });

  it('counts a person once per activity across their name and role columns', () => {
    const raci = model.team?.raci;
    if (raci === undefined) throw new Error('no raci');
    // Dana: via KAM (RA, R, A, A) and her own column (-, -, A, C).
    // R: Planning, Pricing = 2; A: Planning, Renewal (both columns, once), Design = 3; C: Design = 1.
    expect(personCounts(raci, 'Dana Lee')).toEqual({ R: 2, A: 3, C: 1, I: 0 });
    expect(personCounts(raci, 'Omar Ruiz')).toEqual({ R: 2, A: 3, C: 0, I: 0 });
    expect(personCounts(raci, 'Eve Stone')).toEqual({ R: 0, A: 0, C: 0, I: 0 });
  });

  it('handles an empty matrix', () => {
    const empty = analyseRaci({ sheet: 'RACI', columns: [], activities: [] });
    expect(empty.rows).toEqual([]);
    expect(empty.flagCounts).toEqual({ noAccountable: 0, severalAccountable: 0, noResponsible: 0 });
  });
});

describe('team coverage', () => {
  const result = analyseTeam(withTeam(teamModel(), TEAM), DEFAULT_TEAM_PARAMS);
  const overview = result.overview;

  it('covers the accounts listed plus those naming the person as KAM (case-insensitive)', () => {
    expect(overview?.members.map((m) => m.accounts.map((a) => a.id))).toEqual([
      ['A1', 'A2'], // KAM column "Dana Lee" and "dana lee"
      ['A3', 'A4'], // KAM of A3, listed A4
      ['A1', 'A3'], // listed
      [],
    ]);
  });

  it('sums revenue and shares by hand: total 100', () => {
    // Dana 50 + 20 = 70 → 0.7; Omar 15 + 10 = 25; Ana 50 + 15 = 65; Eve 0.
    expect(overview?.members.map((m) => m.revenue)).toEqual([70, 25, 65, 0]);
    expect(overview?.members.map((m) => m.revenueShare)).toEqual([0.7, 0.25, 0.65, 0]);
    expect(overview?.totalRevenue).toBe(100);
    expect(overview?.period).toBe('FY2026');
  });

  it('counts divisions per person, most accounts first, ties by name', () => {
    expect(overview?.members[0]?.divisions).toEqual([
      { division: 'Payer', accounts: 1 },
      { division: 'Provider', accounts: 1 },
    ]);
    expect(overview?.members[1]?.divisions).toEqual([
      { division: 'Payer', accounts: 1 },
      { division: 'Provider', accounts: 1 },
    ]);
  });

  it('finds the accounts nobody covers and the divisions covered', () => {
    expect(overview?.accountCount).toBe(5);
    expect(overview?.coveredCount).toBe(4);
    expect(overview?.uncovered.map((a) => a.id)).toEqual(['A5']);
    expect(overview?.divisionCount).toBe(2);
  });

  it('leaves RACI counts undefined without a RACI sheet and the RACI part absent', () => {
    expect(overview?.members.every((m) => m.raci === undefined)).toBe(true);
    expect(result.raci).toBeUndefined();
  });

  it('orders a person’s accounts by revenue, then name, then ID', () => {
    const base = teamModel();
    base.revenue.values = { A1: [10], A2: [10], A3: [30], A4: [10], A5: [0] };
    base.accounts = base.accounts.map((a) => (a.id === 'A4' ? { ...a, name: 'Alpha' } : a));
    const one = analyseTeam(
      withTeam(base, [member('X', 'KAM', ['A2', 'A4', 'A1', 'A3'])]),
      DEFAULT_TEAM_PARAMS,
    );
    // A3 (30) first; A1 and A4 are both "Alpha" with 10 → by ID; then Beta.
    expect(one.overview?.members[0]?.accounts.map((a) => a.id)).toEqual(['A3', 'A1', 'A4', 'A2']);
  });

  it('counts only the model’s accounts (a batch deck restricted to some accounts)', () => {
    const base = teamModel();
    const restricted = { ...base, accounts: base.accounts.filter((a) => a.id !== 'A1') };
    const one = analyseTeam(withTeam(restricted, TEAM), DEFAULT_TEAM_PARAMS);
    expect(one.overview?.members[2]?.accounts.map((a) => a.id)).toEqual(['A3']);
  });

  it('shows only what `show` asks for', () => {
    const model = withTeam(teamModel(), TEAM, {
      columns: [DANA],
      activities: [['Plan', letters('RA')]],
    });
    expect(analyseTeam(model, { ...DEFAULT_TEAM_PARAMS, show: 'raci' }).overview).toBeUndefined();
    expect(analyseTeam(model, { ...DEFAULT_TEAM_PARAMS, show: 'overview' }).raci).toBeUndefined();
    const both = analyseTeam(model, DEFAULT_TEAM_PARAMS);
    expect(both.overview?.members[0]?.raci).toEqual({ R: 1, A: 1, C: 0, I: 0 });
  });
});

describe('balancedChunks', () => {
  it.each([
    [13, 12, [7, 6]],
    [12, 12, [12]],
    [25, 12, [9, 8, 8]],
    [1, 12, [1]],
    [0, 12, []],
  ])('%i items, at most %i a chunk → %j', (count, max, sizes) => {
    const items = Array.from({ length: count }, (_, index) => index);
    expect(balancedChunks(items, max).map((chunk) => chunk.length)).toEqual(sizes);
  });

  it('keeps order, respects the maximum and differs by at most one (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 20 }),
        (count, max) => {
          const items = Array.from({ length: count }, (_, index) => index);
          const chunks = balancedChunks(items, max);
          const sizes = chunks.map((chunk) => chunk.length);
          expect(chunks.flat()).toEqual(items);
          expect(sizes.every((size) => size <= max && size > 0)).toBe(true);
          expect(
            Math.max(0, ...sizes) - Math.min(...sizes, Math.max(0, ...sizes)),
          ).toBeLessThanOrEqual(1);
          expect(chunks.length).toBe(Math.ceil(count / max));
        },
      ),
    );
  });
});
