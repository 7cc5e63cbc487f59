import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/load/raw-table.js';
import {
  parseBoolean,
  parseDate,
  parseNumber,
  parsePercent,
  parseText,
  type Parsed,
} from '../../src/validate/parse-cell.js';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

function value<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(`expected success, got failure: ${parsed.expected}`);
  return parsed.value;
}

describe('parseNumber', () => {
  it.each<[CellValue, number | null]>([
    [1234.5, 1234.5],
    [null, null],
    ['', null],
    ['   ', null],
    ['42', 42],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1.5', 1.5],
    ['0.500', 0.5],
    ['1,5', 1.5],
    ['.5', 0.5],
    ['$1,234.50', 1234.5],
    ['-$1,234.50', -1234.5],
    ['$-1,234.50', -1234.5],
    ['(1,234)', -1234],
    ['($1,234)', -1234],
    ['1234-', -1234],
    ['+12', 12],
    ['−7', -7],
    ['USD 1,000', 1000],
    ['1,000 EUR', 1000],
    ['£ 99', 99],
    ["CHF 1'234.50", 1234.5],
    ['1 234 567', 1234567],
    ['1\u00a0234.5', 1234.5],
    ['12,34,567.00', 1234567],
    ['1.5E+03', 1500],
  ])('en-US %j → %j', (input, expected) => {
    expect(parseNumber(input, 'en-US')).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue, number | null]>([
    ['1.234', 1234],
    ['1,234', 1.234],
    ['1.234,50', 1234.5],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['12,5', 12.5],
    ['0.5', 0.5],
    ['€ 1.234,50', 1234.5],
    ['1.234,50 €', 1234.5],
    ['-1.234,50 €', -1234.5],
    ['1\u202f234,5', 1234.5],
    ['1,234.5', 1234.5],
    [7, 7],
  ])('it-IT %j → %j', (input, expected) => {
    expect(parseNumber(input, 'it-IT')).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue, string]>([
    ['12%', 'en-US'],
    ['12,5k', 'it-IT'],
    ['1.2M', 'en-US'],
    ['abc', 'en-US'],
    ['1,2.3', 'en-US'],
    ['1.2.3', 'it-IT'],
    ['1,23,4', 'en-US'],
    ['5.', 'en-US'],
    ['-', 'en-US'],
    ['$', 'en-US'],
    ['--5', 'en-US'],
    ['-(5)', 'en-US'],
    ['$€5', 'en-US'],
    ['12 MIO', 'it-IT'],
    ['n/a', 'en-US'],
    ['2026-03-15', 'en-US'],
    [true, 'en-US'],
    [new Date(0), 'en-US'],
    [Number.NaN, 'en-US'],
  ])('%j is not a number (%s)', (input, locale) => {
    expect(parseNumber(input, locale)).toEqual({ ok: false, expected: 'a number' });
  });

  it('falls back to "." decimals for an unknown locale instead of throwing', () => {
    expect(parseNumber('1.5', 'not a locale!')).toEqual({ ok: true, value: 1.5 });
  });
});

describe('parsePercent', () => {
  it.each<[CellValue, string, number | null]>([
    ['15%', 'en-US', 0.15],
    ['15 %', 'en-US', 0.15],
    ['12.5%', 'en-US', 0.125],
    ['-5%', 'en-US', -0.05],
    ['(5%)', 'en-US', -0.05],
    ['0.15', 'en-US', 0.15],
    ['15', 'en-US', 0.15],
    [0.15, 'en-US', 0.15],
    [15, 'en-US', 0.15],
    [1, 'en-US', 1],
    [-20, 'en-US', -0.2],
    [null, 'en-US', null],
    ['', 'en-US', null],
    ['15,5 %', 'it-IT', 0.155],
    ['15,5\u00a0%', 'it-IT', 0.155],
    ['14,3%', 'it-IT', 0.143],
    ['0,15', 'it-IT', 0.15],
    ['%15', 'tr-TR', 0.15],
  ])('%j in %s → %j', (input, locale, expected) => {
    expect(parsePercent(input, locale)).toEqual({ ok: true, value: expected });
  });

  it('reads a number shown with a % format as a fraction already', () => {
    expect(value(parsePercent(1.5, 'en-US', { percentFormatted: true }))).toBe(1.5);
    expect(value(parsePercent(1.5, 'en-US'))).toBe(0.015);
  });

  it.each<[CellValue, string]>([
    ['abc', 'en-US'],
    ['15%%', 'en-US'],
    ['5%5', 'en-US'],
    ['%', 'en-US'],
    ['12,5k%', 'it-IT'],
    [true, 'en-US'],
    [new Date(0), 'en-US'],
  ])('%j is not a percentage (%s)', (input, locale) => {
    expect(parsePercent(input, locale)).toEqual({ ok: false, expected: 'a percentage (e.g. 15%)' });
  });
});

describe('parseDate', () => {
  it.each<[CellValue, Date | null]>([
    [null, null],
    ['  ', null],
    [utc(2026, 3, 15), utc(2026, 3, 15)],
    [new Date(Date.UTC(2026, 2, 15, 18, 30)), utc(2026, 3, 15)],
    [46096, utc(2026, 3, 15)],
    [46096.75, utc(2026, 3, 15)],
    [1, utc(1900, 1, 1)],
    [59, utc(1900, 2, 28)],
    [61, utc(1900, 3, 1)],
    ['2026-03-15', utc(2026, 3, 15)],
    ['2026-3-5', utc(2026, 3, 5)],
    ['2026-03-15T10:30:00Z', utc(2026, 3, 15)],
    ['2026/03/15', utc(2026, 3, 15)],
    ['03/15/2026', utc(2026, 3, 15)],
    ['3/5/2026', utc(2026, 3, 5)],
    ['03/15/26', utc(2026, 3, 15)],
    ['03/15/2026 0:00', utc(2026, 3, 15)],
    ['15 Mar 2026', utc(2026, 3, 15)],
    ['15-Mar-2026', utc(2026, 3, 15)],
    ['Mar 15, 2026', utc(2026, 3, 15)],
    ['March 15th, 2026', utc(2026, 3, 15)],
    ['Sept 1, 2026', utc(2026, 9, 1)],
    ['2026 Mar 15', utc(2026, 3, 15)],
  ])('en-US %j', (input, expected) => {
    expect(parseDate(input, 'en-US')).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue, Date]>([
    ['15/03/2026', utc(2026, 3, 15)],
    ['15.03.2026', utc(2026, 3, 15)],
    ['5-3-2026', utc(2026, 3, 5)],
    ['15/03/26', utc(2026, 3, 15)],
    ['15 marzo 2026', utc(2026, 3, 15)],
    ['15 Marzo 2026', utc(2026, 3, 15)],
    ['1 gen 2026', utc(2026, 1, 1)],
    ['15 settembre 2026', utc(2026, 9, 15)],
    ['15 March 2026', utc(2026, 3, 15)],
    ['2026-03-15', utc(2026, 3, 15)],
  ])('it-IT %j', (input, expected) => {
    expect(parseDate(input, 'it-IT')).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string, Date]>([
    ['15. März 2026', 'de-DE', utc(2026, 3, 15)],
    ['15. Marz 2026', 'de-DE', utc(2026, 3, 15)],
    ['1er mars 2026', 'fr-FR', utc(2026, 3, 1)],
    ['15 de marzo de 2026', 'es-ES', utc(2026, 3, 15)],
    ['15/03/2026', 'en-GB', utc(2026, 3, 15)],
  ])('%j in %s', (input, locale, expected) => {
    expect(parseDate(input, locale)).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue, string, string]>([
    ['15/03/2026', 'en-US', 'a date (YYYY-MM-DD or MM/DD/YYYY)'],
    ['03/15/2026', 'it-IT', 'a date (YYYY-MM-DD or DD/MM/YYYY)'],
    ['31/02/2026', 'it-IT', 'a date (YYYY-MM-DD or DD/MM/YYYY)'],
    ['2026-02-30', 'en-US', 'a date (YYYY-MM-DD or MM/DD/YYYY)'],
    ['next week', 'en-US', 'a date (YYYY-MM-DD or MM/DD/YYYY)'],
    ['Q1 2026', 'en-US', 'a date (YYYY-MM-DD or MM/DD/YYYY)'],
    ['March 2026', 'en-US', 'a date (YYYY-MM-DD or MM/DD/YYYY)'],
    ['15 Foo 2026', 'en-US', 'a date (YYYY-MM-DD or MM/DD/YYYY)'],
    [0, 'en-US', 'a date (YYYY-MM-DD or MM/DD/YYYY)'],
    [-3, 'en-US', 'a date (YYYY-MM-DD or MM/DD/YYYY)'],
    [2958466, 'en-US', 'a date (YYYY-MM-DD or MM/DD/YYYY)'],
    [true, 'en-US', 'a date (YYYY-MM-DD or MM/DD/YYYY)'],
    [new Date(Number.NaN), 'en-US', 'a date (YYYY-MM-DD or MM/DD/YYYY)'],
  ])('%j is not a date in %s', (input, locale, expected) => {
    expect(parseDate(input, locale)).toEqual({ ok: false, expected });
  });
});

describe('parseBoolean', () => {
  it.each<[CellValue, boolean | null]>([
    ['yes', true],
    ['YES', true],
    [' y ', true],
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['x', true],
    ['X', true],
    ['✓', true],
    ['sì', true],
    ['Si', true],
    ['VERO', true],
    ['no', false],
    ['N', false],
    ['false', false],
    ['0', false],
    ['FALSO', false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    [null, null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(parseBoolean(input)).toEqual({ ok: true, value: expected });
  });

  it.each<CellValue>(['maybe', '2', 2, 'yes!', new Date(0)])('%j is not yes or no', (input) => {
    expect(parseBoolean(input)).toEqual({ ok: false, expected: 'yes or no' });
  });
});

describe('parseText', () => {
  it.each<[CellValue, string | null]>([
    ['  Acme  ', 'Acme'],
    ['', null],
    [' \t ', null],
    [null, null],
    [1001, '1001'],
    [1001.0, '1001'],
    [0.1 + 0.2, '0.3'],
    [2 ** 53 + 2, '9007199254740994'],
    [utc(2026, 3, 15), '2026-03-15'],
    [true, 'TRUE'],
  ])('%j → %j', (input, expected) => {
    expect(parseText(input)).toBe(expected);
  });
});
