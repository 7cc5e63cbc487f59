import { describe, expect, it } from 'vitest';
import { isWhitespace, type OfferingStatus } from '../../../src/model/divisions.js';
import {
  analyseDivisionMap,
  cellTotals,
  DEFAULT_DIVISION_MAP_PARAMS,
} from '../../../src/slides/division-map/analyse.js';
import { makeModel, seededRandom } from '../../helpers/model.js';
import { cell, division, divisionModel } from './fixtures.js';

const params = DEFAULT_DIVISION_MAP_PARAMS;

describe('whitespace', () => {
  it.each<[OfferingStatus, boolean]>([
    ['Active', false],
    ['Pilot', false], // a pilot is business already
    ['Opportunity', true],
    ['Competitor', true], // no business with us yet
    ['None', true],
  ])('%s is whitespace: %s', (status, expected) => {
    expect(isWhitespace(status)).toBe(expected);
  });

  it('totals cells by hand', () => {
    const totals = cellTotals(['A100', 'P50', 'O200', 'C80', '-', 'O'].map(cell));
    expect(totals).toEqual({
      cells: 6,
      byStatus: { Active: 1, Pilot: 1, Opportunity: 2, Competitor: 1, None: 1 },
      whitespace: 4, // O200, C80, -, O
      whitespaceShare: 4 / 6,
      whitespaceValue: 280, // 200 + 80; the unvalued opportunity adds nothing
      businessValue: 150, // 100 + 50
      opportunityValue: 200,
      competitorValue: 80,
    });
  });

  it('totals no cells as zero, not NaN', () => {
    expect(cellTotals([])).toMatchObject({ cells: 0, whitespace: 0, whitespaceShare: 0 });
  });
});

describe('analyseDivisionMap', () => {
  const offerings = ['EHR', 'Claims', 'Imaging'];
  const model = divisionModel(offerings, [
    division('KA-1', 'Acute Care', ['A300', 'O120', 'C60']),
    division('KA-1', 'Ambulatory', ['P40', '-', 'O120']),
    division('KA-2', 'Pharmacy', ['O10', '-', '-']),
  ]);
  const result = analyseDivisionMap(model, params);

  it('makes one grid per account, largest latest revenue first', () => {
    expect(result.grids.map((grid) => grid.account)).toEqual([
      { id: 'KA-2', name: 'Zenith Care' }, // 300
      { id: 'KA-1', name: 'Northwind Health' }, // 100
    ]);
    expect(result.omitted).toEqual([]);
  });

  it('keeps divisions in sheet order and totals the grid by hand', () => {
    const grid = result.grids[1];
    expect(grid?.rows.map((row) => row.division)).toEqual(['Acute Care', 'Ambulatory']);
    expect(grid?.totals).toMatchObject({
      cells: 6,
      whitespace: 4, // O120, C60, -, O120
      whitespaceShare: 4 / 6,
      whitespaceValue: 300, // 120 + 60 + 120
      businessValue: 340, // 300 + 40
    });
    expect(grid?.rows.map((row) => [row.totals.whitespace, row.totals.whitespaceValue])).toEqual([
      [2, 180],
      [2, 120],
    ]);
  });

  it('counts per offering the divisions that already buy it', () => {
    expect(result.grids[1]?.offerings.map((o) => [o.name, o.businessDivisions])).toEqual([
      ['EHR', 2], // Active + Pilot
      ['Claims', 0],
      ['Imaging', 0],
    ]);
  });

  it('lists valued whitespace largest first, ties by division then offering', () => {
    expect(result.grids[1]?.valuedWhitespace).toEqual([
      { division: 'Acute Care', offering: 'Claims', status: 'Opportunity', value: 120 },
      { division: 'Ambulatory', offering: 'Imaging', status: 'Opportunity', value: 120 },
      { division: 'Acute Care', offering: 'Imaging', status: 'Competitor', value: 60 },
    ]);
  });

  it('breaks revenue ties by account name', () => {
    const tied = divisionModel(offerings, [
      division('KA-2', 'X', ['A1', '-', '-']),
      division('KA-3', 'Y', ['A1', '-', '-']),
    ]);
    expect(analyseDivisionMap(tied, params).grids.map((g) => g.account.name)).toEqual([
      'Alpha Clinics',
      'Zenith Care',
    ]);
  });

  it('selects one account with `account`', () => {
    const one = analyseDivisionMap(model, { ...params, account: 'KA-1' });
    expect(one.grids.map((grid) => grid.account.id)).toEqual(['KA-1']);
    expect(one.omitted).toEqual([]);
  });

  it('gives at most maxAccounts slides and names the rest', () => {
    const capped = analyseDivisionMap(model, { ...params, maxAccounts: 1 });
    expect(capped.grids.map((grid) => grid.account.id)).toEqual(['KA-2']);
    expect(capped.omitted).toEqual([{ id: 'KA-1', name: 'Northwind Health' }]);
  });

  it('handles an empty sheet and a single cell', () => {
    expect(analyseDivisionMap(divisionModel(offerings, []), params).grids).toEqual([]);
    const single = analyseDivisionMap(
      divisionModel(['EHR'], [division('KA-1', 'Only', ['-'])]),
      params,
    );
    expect(single.grids[0]?.totals).toMatchObject({ cells: 1, whitespace: 1, whitespaceShare: 1 });
  });

  it('partitions every cell into business or whitespace at 300 accounts (property)', () => {
    const random = seededRandom(3);
    const codes = ['A100', 'P20', 'O50', 'C30', '-', 'O'];
    const accounts = Array.from({ length: 300 }, (_, index) => ({
      id: `KA-${index + 1}`,
      revenue: [Math.floor(random() * 1000)],
    }));
    const divisions = accounts.flatMap((account) =>
      Array.from({ length: 4 }, (_, d) =>
        division(
          account.id,
          `D${d}`,
          Array.from({ length: 6 }, () => codes[Math.floor(random() * 6)] ?? '-'),
        ),
      ),
    );
    const big = {
      ...makeModel(['FY2026'], accounts),
      divisions: { sheet: 'Divisions', offerings: ['1', '2', '3', '4', '5', '6'], divisions },
    };
    const all = analyseDivisionMap(big, { maxAccounts: 300 });
    expect(all.grids).toHaveLength(300);
    for (const grid of all.grids) {
      const { cells, whitespace, byStatus } = grid.totals;
      expect(cells).toBe(24);
      expect(whitespace + byStatus.Active + byStatus.Pilot).toBe(cells);
    }
    const revenues = all.grids.map((grid) => big.revenue.values[grid.account.id]?.[0] ?? 0);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    const capped = analyseDivisionMap(big, params);
    expect(capped.grids).toHaveLength(10);
    expect(capped.omitted).toHaveLength(290);
  });
});
