/**
 * Pure parsers from a raw cell (as a loader found it) to a typed value. They read what people
 * actually type in spreadsheets — "1.234,50 €", "15 %", "15/03/2026", "sì" — per the deck's locale,
 * and refuse anything ambiguous ("12,5k", "12%" as a number) instead of guessing.
 * A failure carries what was expected, phrased to follow "... is not": 'a number'.
 */
import type { CellValue } from '../load/raw-table.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (expected: string): { ok: false; expected: string } => ({ ok: false, expected });

const A_NUMBER = 'a number';
const A_PERCENT = 'a percentage (e.g. 15%)';
const YES_OR_NO = 'yes or no';

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Rounds away binary noise (14.3 / 100 = 0.14300000000000002) without touching real digits. */
function clean(value: number): number {
  return Number(value.toPrecision(15));
}

// ---------------------------------------------------------------------------------------- locale

interface LocaleInfo {
  decimal: '.' | ',';
  dayFirst: boolean;
  /** Normalised month name or abbreviation → month 1–12. */
  months: Map<string, number>;
}

// prettier-ignore
const ENGLISH_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const localeCache = new Map<string, LocaleInfo>();

/** Lower case, accents removed, trailing dot dropped: "Mär." and "mar" compare as written. */
function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
}

function safeLocale(locale: string): string {
  try {
    return new Intl.NumberFormat(locale).resolvedOptions().locale;
  } catch {
    return 'en-US';
  }
}

/** Month names in the locale's language, in both forms (Polish "marzec" and "marca"). */
function localeMonthNames(locale: string): Map<string, number> {
  const months = new Map<string, number>();
  const formats: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { day: 'numeric', month: 'long' },
    { day: 'numeric', month: 'short' },
  ];
  for (const options of formats) {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    for (let month = 0; month < 12; month += 1) {
      const part = format
        .formatToParts(new Date(Date.UTC(2026, month, 15)))
        .find((p) => p.type === 'month');
      // Some locales (ja, zh) write months as numbers: those are not names.
      if (part !== undefined && !/\d/.test(part.value)) {
        months.set(normalizeWord(part.value), month + 1);
      }
    }
  }
  return months;
}

function monthNames(locale: string): Map<string, number> {
  const months = localeMonthNames(locale);
  ENGLISH_MONTHS.forEach((name, index) => {
    for (const form of [name, name.slice(0, 3)]) if (!months.has(form)) months.set(form, index + 1);
  });
  if (!months.has('sept')) months.set('sept', 9);
  return months;
}

function localeInfo(requested: string): LocaleInfo {
  const cached = localeCache.get(requested);
  if (cached !== undefined) return cached;
  const locale = safeLocale(requested);
  const decimalPart = new Intl.NumberFormat(locale)
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal');
  const order = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  })
    .formatToParts(new Date(Date.UTC(2026, 2, 15)))
    .map((p) => p.type);
  const info: LocaleInfo = {
    decimal: decimalPart?.value === ',' ? ',' : '.',
    dayFirst: order.indexOf('day') < order.indexOf('month'),
    months: monthNames(locale),
  };
  localeCache.set(requested, info);
  return info;
}

// ---------------------------------------------------------------------------------------- numbers

const CURRENCY_CODES =
  'USD|EUR|GBP|CHF|JPY|CNY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|TRY|RUB|INR|BRL|MXN|ZAR|SGD|HKD|KRW|AED|SAR|ILS|THB';
const CURRENCY = `(?:US\\$|R\\$|[$€£¥₹₽₩₺₪₫₦₱]|${CURRENCY_CODES}|Fr\\.|kr|zł)`;

/** Sign and currency markers; group 1 of each pattern is what remains without the marker. */
const MARKERS: ReadonlyArray<{ pattern: RegExp; kind: 'minus' | 'plus' | 'currency' }> = [
  { pattern: /^\((.+)\)$/, kind: 'minus' },
  { pattern: /^[-−](.*)$/, kind: 'minus' },
  { pattern: /^(.+)[-−]$/, kind: 'minus' },
  { pattern: /^\+(.*)$/, kind: 'plus' },
  { pattern: new RegExp(`^${CURRENCY}(.*)$`, 'i'), kind: 'currency' },
  { pattern: new RegExp(`^(.*?)${CURRENCY}$`, 'i'), kind: 'currency' },
];

/**
 * Takes off one currency marker and one sign, in whatever order people write them:
 * "-€1,234", "€-1,234", "(1,234)", "1.234,50 €", "1234-". Undefined for two signs or currencies.
 */
function stripSignAndCurrency(text: string): { negative: boolean; body: string } | undefined {
  let body = text;
  const seen = { minus: 0, plus: 0, currency: 0 };
  // Every marker taken off shortens the text, so this ends.
  for (;;) {
    const marker = MARKERS.find(({ pattern }) => pattern.test(body));
    if (marker === undefined) break;
    body = marker.pattern.exec(body)?.[1] ?? '';
    seen[marker.kind] += 1;
  }
  if (seen.minus + seen.plus > 1 || seen.currency > 1) return undefined;
  return { negative: seen.minus === 1, body };
}

/** Digits grouped in threes by "." or by ",", made once (not per cell). */
const GROUPED_BY: Readonly<Record<string, RegExp>> = {
  '.': /^[1-9]\d{0,2}(?:\.\d{3})+$/,
  ',': /^[1-9]\d{0,2}(?:,\d{3})+$/,
};

/** "1,234,567" or Indian "12,34,567": digits grouped by the separator, no leading zero. */
function isGrouped(digits: string, separator: string): boolean {
  const grouped = GROUPED_BY[separator] ?? new RegExp(`^[1-9]\\d{0,2}(?:${separator}\\d{3})+$`);
  return grouped.test(digits) || (separator === ',' && /^[1-9]\d?(?:,\d{2})+,\d{3}$/.test(digits));
}

function decimalNumber(integer: string, fraction: string): string | undefined {
  return /^\d*$/.test(integer) && /^\d+$/.test(fraction)
    ? `${integer || '0'}.${fraction}`
    : undefined;
}

/** Resolves thousands and decimal separators into a plain "1234.5", or undefined when invalid. */
function plainDigits(body: string, localeDecimal: '.' | ','): string | undefined {
  const separators: string[] = body.match(/[.,]/g) ?? [];
  if (separators.length === 0) return /^\d+$/.test(body) ? body : undefined;
  const last = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  const integer = body.slice(0, body.lastIndexOf(last));
  const fraction = body.slice(body.lastIndexOf(last) + 1);
  if (separators.includes('.') && separators.includes(',')) {
    // Both kinds: the last one is the decimal separator, the other one groups thousands.
    const group = last === '.' ? ',' : '.';
    if (integer.includes(last) || !isGrouped(integer, group)) return undefined;
    return decimalNumber(integer.split(group).join(''), fraction);
  }
  if (separators.length > 1) return isGrouped(body, last) ? body.split(last).join('') : undefined;
  if (last === localeDecimal) return decimalNumber(integer, fraction);
  // The locale's group separator: "1.234" in it-IT is a thousand, but "0.5" can only be a half.
  return isGrouped(body, last) ? integer + fraction : decimalNumber(integer, fraction);
}

const ONLY_DIGITS = /^\d+$/;

export function parseNumber(value: CellValue, locale: string): Parsed<number | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : fail(A_NUMBER);
  if (typeof value !== 'string') return fail(A_NUMBER);
  // Plain digits, the most common text number, read as the general path below reads them.
  if (ONLY_DIGITS.test(value)) {
    const number = Number(value);
    return Number.isFinite(number) ? ok(number) : fail(A_NUMBER);
  }
  // Spaces, no-break spaces and apostrophes only ever group digits ("1 234", "1'234").
  const compact = value.replace(/[\s\u00a0\u202f'’]/g, '');
  const signed = stripSignAndCurrency(compact);
  if (signed === undefined) return fail(A_NUMBER);
  const scientific = /^\d+(?:\.\d+)?e[+-]?\d+$/i.test(signed.body) ? signed.body : undefined;
  const digits = scientific ?? plainDigits(signed.body, localeInfo(locale).decimal);
  if (digits === undefined) return fail(A_NUMBER);
  const number = Number(digits);
  if (!Number.isFinite(number)) return fail(A_NUMBER);
  return ok(signed.negative ? -number : number);
}

// ---------------------------------------------------------------------------------------- percent

/** A bare number above 1 (in size) is percent points: 15 means 15%, while 0.15 is already 15%. */
function fractionFromBare(value: number): number {
  return Math.abs(value) > 1 ? clean(value / 100) : value;
}

/** "15%", "15 %", "(5%)", "-5%" or Turkish "%15": the number without its percent sign. */
function withoutPercentSign(text: string): string | undefined {
  const trailing = /^([^%]*?)\s*%\s*(\)?)$/.exec(text);
  if (trailing) return `${trailing[1] ?? ''}${trailing[2] ?? ''}`;
  const leading = /^([-+−]?)\s*%\s*([^%]*)$/.exec(text);
  return leading ? `${leading[1] ?? ''}${leading[2] ?? ''}` : undefined;
}

/**
 * Returns a fraction: "15%" → 0.15, 0.15 → 0.15, 15 → 0.15. Pass `percentFormatted` for an xlsx
 * number shown with a % format: Excel stores those as fractions already, so 1.5 there is 150%.
 */
export function parsePercent(
  value: CellValue,
  locale: string,
  options: { percentFormatted?: boolean } = {},
): Parsed<number | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail(A_PERCENT);
    return ok(options.percentFormatted === true ? value : fractionFromBare(value));
  }
  if (typeof value !== 'string') return fail(A_PERCENT);
  const text = value.trim();
  const points = text.includes('%') ? withoutPercentSign(text) : undefined;
  if (text.includes('%') && points === undefined) return fail(A_PERCENT);
  const parsed = parseNumber(points ?? text, locale);
  if (!parsed.ok || parsed.value === null) return fail(A_PERCENT);
  return ok(points === undefined ? fractionFromBare(parsed.value) : clean(parsed.value / 100));
}

// ---------------------------------------------------------------------------------------- dates

const DAY_MS = 24 * 60 * 60 * 1000;
/** Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 (serial 60) is behind us. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const LAST_EXCEL_SERIAL = 2958465; // 9999-12-31
const TIME_SUFFIX =
  /(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)$/i;
const FILLER_WORDS = new Set(['de', 'del', 'of', 'the']);

function expectedDate(info: LocaleInfo): string {
  return `a date (YYYY-MM-DD or ${info.dayFirst ? 'DD/MM/YYYY' : 'MM/DD/YYYY'})`;
}

/** The UTC-midnight date, or undefined for a day that does not exist (31/02). */
function utcDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : undefined;
}

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function fromExcelSerial(serial: number): Date | undefined {
  if (!(serial >= 1 && serial <= LAST_EXCEL_SERIAL)) return undefined;
  const days = Math.floor(serial);
  // Before 1900-03-01 Excel counts a 29 February 1900 that never was.
  return new Date(EXCEL_EPOCH + (days < 61 ? days + 1 : days) * DAY_MS);
}

function numericDate(text: string, info: LocaleInfo): Date | undefined {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (!local) return undefined;
  const [first, second] = [Number(local[1]), Number(local[3])];
  const year = fullYear(local[4] ?? '');
  return info.dayFirst ? utcDate(year, second, first) : utcDate(year, first, second);
}

/** "15 Mar 2026", "Mar 15, 2026", "15. März 2026", "15 de marzo de 2026", "2026 Mar 15". */
function monthNameDate(text: string, info: LocaleInfo): Date | undefined {
  const tokens = normalizeWord(text)
    .replace(/[,./-]/g, ' ')
    .split(/\s+/)
    .map((token) => token.replace(/^(\d{1,2})(?:st|nd|rd|th|er|º|°)$/, '$1'))
    .filter((token) => token !== '' && !FILLER_WORDS.has(token));
  if (tokens.length !== 3) return undefined;
  const monthAt = tokens.findIndex((token) => info.months.has(token));
  const month = info.months.get(tokens[monthAt] ?? '');
  const numbers = tokens.filter((_, index) => index !== monthAt);
  const [a = '', b = ''] = numbers;
  if (month === undefined || !numbers.every((n) => /^\d+$/.test(n))) return undefined;
  const dayThenYear =
    /^\d{1,2}$/.test(a) && /^(\d{4}|\d{2})$/.test(b) && (monthAt === 0 || monthAt === 1);
  if (dayThenYear) return utcDate(fullYear(b), month, Number(a));
  const yearFirst = /^\d{4}$/.test(a) && /^\d{1,2}$/.test(b) && monthAt === 1;
  return yearFirst ? utcDate(Number(a), month, Number(b)) : undefined;
}

/** Always a UTC-midnight Date. Excel serials are read in the 1900 date system. */
export function parseDate(value: CellValue, locale: string): Parsed<Date | null> {
  if (isBlank(value)) return ok(null);
  const info = localeInfo(locale);
  let date: Date | undefined;
  if (value instanceof Date) {
    date = Number.isNaN(value.getTime())
      ? undefined
      : utcDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  } else if (typeof value === 'number') {
    date = fromExcelSerial(value);
  } else if (typeof value === 'string') {
    const text = value.trim().replace(TIME_SUFFIX, '');
    date = numericDate(text, info) ?? monthNameDate(text, info);
  }
  return date === undefined ? fail(expectedDate(info)) : ok(date);
}

// ---------------------------------------------------------------------------------------- booleans and text

/** Includes Excel's TRUE/FALSE in Italian, German and French, as CSV exports write them. */
const TRUE_WORDS = new Set([
  'yes',
  'y',
  'true',
  '1',
  'x',
  '✓',
  '✔',
  'sì',
  'si',
  'vero',
  'ja',
  'wahr',
  'oui',
  'vrai',
]);
const FALSE_WORDS = new Set([
  'no',
  'n',
  'false',
  '0',
  '✗',
  '✘',
  'falso',
  'nein',
  'falsch',
  'non',
  'faux',
]);

export function parseBoolean(value: CellValue): Parsed<boolean | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') {
    return value === 1 ? ok(true) : value === 0 ? ok(false) : fail(YES_OR_NO);
  }
  if (typeof value !== 'string') return fail(YES_OR_NO);
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  return FALSE_WORDS.has(word) ? ok(false) : fail(YES_OR_NO);
}

/** Text as the user would read it: an ID typed as the number 1001 is "1001", a date is ISO. */
export function parseText(value: CellValue): string | null {
  if (value === null) return null;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    // Integers print exactly; fractions lose only binary noise (0.1 + 0.2 → "0.3").
    return Number.isInteger(value) ? String(value) : String(clean(value));
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = value.trim();
  return text === '' ? null : text;
}
