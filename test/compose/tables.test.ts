/** fitColumns: columns whose cells would wrap are widened, from the flexible (name) column. */
import { describe, expect, it } from 'vitest';
import type { TableCell } from '../../src/compose/spec.js';
import { fitColumns } from '../../src/compose/tables.js';
import { textWidthIn } from '../../src/compose/text-fit.js';
import { TYPE } from '../../src/compose/layout.js';

const cells = (...texts: string[]): TableCell[] => texts.map((text) => ({ text }));
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('fitColumns', () => {
  const header = cells('Account', 'Revenue');
  const name = 'Consolidated Metropolitan University Hospitals Group';

  it('keeps the widths when every cell fits', () => {
    const rows = [header, cells('Northwind', '$1.2M')];
    expect(fitColumns(rows, [3, 1], 0)).toEqual({ widths: [3, 1], rows });
  });

  it('widens a money column that would wrap, takes the room from the name column and shortens names', () => {
    const rows = [header, cells(name, '178,5K USD'), cells('Northwind', '10,3 Mln USD')];
    const fitted = fitColumns(rows, [2.2, 0.6], 0);
    expect(sum(fitted.widths)).toBeCloseTo(2.8, 9);
    const moneyW = fitted.widths[1] ?? 0;
    expect(moneyW).toBeGreaterThan(textWidthIn('10,3 Mln USD', TYPE.tablePt));
    const shortened = fitted.rows[1]?.[0]?.text ?? '';
    expect(shortened.endsWith('…')).toBe(true);
    expect(textWidthIn(shortened, TYPE.tablePt)).toBeLessThanOrEqual((fitted.widths[0] ?? 0) - 0.2);
    expect(fitted.rows[2]?.[0]?.text).toBe('Northwind');
    expect(fitted.rows[0]).toEqual(header);
  });

  it('makes a header column as wide as its longest word (headers wrap between words only)', () => {
    const rows = [cells('Account', 'Marginalità'), cells('A', '52%')];
    const fitted = fitColumns(rows, [2, 0.5], 0);
    expect(fitted.widths[1]).toBeGreaterThan(textWidthIn('Marginalità', TYPE.tablePt, true));
  });
});
