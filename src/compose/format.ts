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

/** Formatters are stateless, so one per locale and currency serves every deck (and its caches). */
const formatters = new Map<string, Formatter>();

export function createFormatter(locale: string, currency: string): Formatter {
  const key = `${locale}\u0000${currency}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = makeFormatter(locale, currency);
    formatters.set(key, formatter);
  }
  return formatter;
}

function makeFormatter(locale: string, currency: string): Formatter {
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
  const percentFormat = memoiseByDigits(
    (digits) =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      }),
  );
  const numberFormat = memoiseByDigits(
    (digits) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }),
  );
  return {
    locale,
    currency,
    money: (value) => compactMoney.format(value),
    moneyFull: (value) => fullMoney.format(value),
    percent: (fraction, digits = 0) => percentFormat(digits).format(fraction),
    number: (value, digits = 0) => numberFormat(digits).format(value),
    date: (value) => dateFormat.format(value),
  };
}

/**
 * Building an Intl.NumberFormat costs far more than formatting with one; notes that list every
 * account format thousands of numbers, so each formatter is made once per number of digits.
 */
function memoiseByDigits(make: (digits: number) => Intl.NumberFormat) {
  const made = new Map<number, Intl.NumberFormat>();
  return (digits: number): Intl.NumberFormat => {
    let format = made.get(digits);
    if (format === undefined) {
      format = make(digits);
      made.set(digits, format);
    }
    return format;
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

/** No-break space: "117K €" must not wrap between number and unit in a narrow chart label. */
const NBSP = '\u00a0';

/** The locale's word for thousands, millions or billions as Intl writes it: "M", " Mln", " Md". */
function compactUnit(locale: string, divisor: number, fallback: string): string {
  const parts = new Intl.NumberFormat(locale, { notation: 'compact' }).formatToParts(divisor * 1.5);
  const compact = parts.findIndex((part) => part.type === 'compact');
  if (compact < 0) return fallback;
  const space = parts[compact - 1]?.type === 'literal' ? NBSP : '';
  return `${space}${parts[compact]?.value ?? fallback}`;
}

/**
 * An Excel number format for money axes and labels, e.g. `$#,##0.0,,"M"` (each trailing comma
 * divides by 1,000). The symbol and its side, and the unit word ("M", "Mln"), come from Intl for
 * the locale, so it-IT gets `12,0 Mln €`. Excel applies the viewer's own decimal separator.
 */
export function moneyNumberFormat(locale: string, currency: string, maxValue: number): string {
  const { divisor, excelCommas, suffix } = moneyScale(maxValue);
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
  const symbolIndex = parts.findIndex((part) => part.type === 'currency');
  const integerIndex = parts.findIndex((part) => part.type === 'integer');
  const symbol = (parts[symbolIndex]?.value ?? currency).replace(/"/g, '');
  const digits = suffix === '' ? '#,##0' : `#,##0.0${excelCommas}`;
  const unit = suffix === '' ? '' : compactUnit(locale, divisor, suffix);
  if (symbolIndex < integerIndex) return `"${symbol}"${digits}${unit === '' ? '' : `"${unit}"`}`;
  return `${digits}"${unit}${NBSP}${symbol}"`;
}
