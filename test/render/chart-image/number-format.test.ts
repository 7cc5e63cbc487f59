/** Excel number format codes as PowerPoint shows them, for the codes the slides use. */
import { describe, expect, it } from 'vitest';
import { compactMoneyFormat } from '../../../src/slides/dashboard/compose-plan-chart.js';
import { moneyNumberFormat } from '../../../src/compose/format.js';
import { excelNumberFormatter } from '../../../src/render/chart-image/number-format.js';

describe('excelNumberFormatter', () => {
  it.each([
    ['0%', 0.825, '83%'],
    ['0%', 0, '0%'],
    ['0.0%', 0.9615, '96.2%'],
    ['0.0%', 1, '100.0%'],
    ['0', 5.4, '5'],
    ['#,##0', 1234567, '1,234,567'],
    ['#,##0', 34, '34'],
    ['"$"#,##0.0,,"M"', 12_345_678, '$12.3M'],
    ['"$"#,##0.0,,"M"', 0, '$0.0M'],
    ['"$"#,##0.0,,"M"', -2_500_000, '-$2.5M'],
    ['"$"#,##0.0,"K"', 680_400, '$680.4K'],
    ['"$"#,##0,"K"', 680_400, '$680K'],
    ['#,##0;(#,##0);"none"', -1234, '(1,234)'],
    ['#,##0;(#,##0);"none"', 0, 'none'],
    ['\\€#,##0', 12, '€12'],
    ['[Red]#,##0_)', 12, '12'],
    ['General', 0.125, '0.125'],
  ])('%s formats %d as %s (en-US)', (code, value, expected) => {
    expect(excelNumberFormatter(code, 'en-US')(value)).toBe(expected);
  });

  it('picks conditional sections in order, as the dashboard plan labels need', () => {
    const format = excelNumberFormatter(compactMoneyFormat('en-US', 'USD'), 'en-US');
    expect([3_412_000, 117_000, 950, 999_999].map(format)).toEqual([
      '$3.4M',
      '$117K',
      '$950',
      '$1,000K',
    ]);
  });

  it("uses the deck locale's separators and symbol placement", () => {
    expect(excelNumberFormatter('#,##0.0,," Mln" "€"', 'it-IT')(12_345_678)).toBe('12,3 Mln €');
    // Whatever unit words the money format picks, the number inside follows the locale.
    const code = moneyNumberFormat('it-IT', 'EUR', 12_000_000);
    expect(excelNumberFormatter(code, 'it-IT')(12_345_678)).toMatch(/^12,3\D.*€$/);
    expect(excelNumberFormatter('#,##0', 'it-IT')(1_234_567)).toBe('1.234.567');
    expect(excelNumberFormatter('[$€-410] #,##0.00', 'it-IT')(1234.5)).toBe('€ 1.234,50');
  });
});
