/**
 * Number, money, percent and date formatting for the deck's locale and currency, with Intl.
 * Used by the Handlebars helpers and by builders for chart labels; the only place values are rounded.
 */

export interface Formatter {
  locale: string;
  currency: string;
  /** Compact money: $1.2M, 1,2 Mln €. */
  money: (value: number) => string;
  /** Full money: $1,234,567. */
  moneyFull: (value: number) => string;
  /** A 0–1 fraction as a percentage: 0.79 → 79%. */
  percent: (fraction: number, digits?: number) => string;
  number: (value: number, digits?: number) => string;
  date: (value: Date) => string;
}

export function createFormatter(locale: string, currency: string): Formatter {
  const compactMoney = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    // Without the minimum, currency styles keep two decimals' worth of zeros: "$0.0".
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  const fullMoney = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    locale,
    currency,
    money: (value) => compactMoney.format(value),
    moneyFull: (value) => fullMoney.format(value),
    percent: (fraction, digits = 0) =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      }).format(fraction),
    number: (value, digits = 0) =>
      new Intl.NumberFormat(locale, {
        maximumFractionDigits: digits,
        minimumFractionDigits: 0,
      }).format(value),
    date: (value) => dateFormat.format(value),
  };
}

/** Unit for a money axis: thousands, millions or billions, chosen from the largest value. */
export function moneyScale(maxValue: number): {
  divisor: number;
  excelCommas: string;
  suffix: string;
} {
  if (maxValue >= 1e9) return { divisor: 1e9, excelCommas: ',,,', suffix: 'B' };
  if (maxValue >= 1e6) return { divisor: 1e6, excelCommas: ',,', suffix: 'M' };
  if (maxValue >= 1e4) return { divisor: 1e3, excelCommas: ',', suffix: 'K' };
  return { divisor: 1, excelCommas: '', suffix: '' };
}

/**
 * An Excel number format for money axes and labels, e.g. `$#,##0.0,,"M"` (each trailing comma
 * divides by 1,000). The symbol and its side come from Intl for the locale, so it-IT gets `€`
 * after the number. Excel applies the viewer's own decimal separator.
 */
export function moneyNumberFormat(locale: string, currency: string, maxValue: number): string {
  const { excelCommas, suffix } = moneyScale(maxValue);
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
  const symbolIndex = parts.findIndex((part) => part.type === 'currency');
  const integerIndex = parts.findIndex((part) => part.type === 'integer');
  const symbol = parts[symbolIndex]?.value ?? currency;
  const digits = suffix === '' ? '#,##0' : `#,##0.0${excelCommas}`;
  const unit = suffix === '' ? '' : `"${suffix}"`;
  const quoted = `"${symbol.replace(/"/g, '')}"`;
  return symbolIndex < integerIndex ? `${quoted}${digits}${unit}` : `${digits}${unit} ${quoted}`;
}
