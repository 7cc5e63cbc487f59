/**
 * Readers for single cells: a parser from `parse-cell.ts` plus the message for a value it refuses,
 * e.g. `"12,5k" is not a number`. A reader returns the value, `undefined` for an empty cell, or a
 * `CellIssue`. They are plain functions so that a sheet of 100,000 rows is read without a schema
 * library's per-cell objects; `cells.ts` wraps the same readers as zod schemas for the small sheets
 * that are still described with zod, so both say exactly the same things.
 */
import { describeValue } from '../errors.js';
import type { CellValue } from '../load/raw-table.js';
import {
  parseBoolean,
  parseDate,
  parseNumber,
  parsePercent,
  parseText,
  type Parsed,
} from './parse-cell.js';

/** What is wrong with a cell: the message that follows its location. */
export class CellIssue {
  constructor(readonly message: string) {}
}

/** Reads one raw cell: its value, `undefined` when it is empty, or the problem with it. */
export type CellReader<T> = (value: CellValue) => T | undefined | CellIssue;

type Parser<T> = (value: CellValue) => Parsed<T | null>;

function fromParser<T>(parse: Parser<T>): CellReader<T> {
  return (value) => {
    const parsed = parse(value);
    if (!parsed.ok) return new CellIssue(`${describeValue(value)} is not ${parsed.expected}`);
    return parsed.value ?? undefined;
  };
}

export const readText: CellReader<string> = (value) => parseText(value) ?? undefined;
export const readBoolean: CellReader<boolean> = fromParser(parseBoolean);
export const dateReader = (locale: string): CellReader<Date> =>
  fromParser((value) => parseDate(value, locale));
export const percentReader = (locale: string): CellReader<number> =>
  fromParser((value) => parsePercent(value, locale));

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Noun for messages: "revenue", "a satisfaction score". */
  what?: string;
}

function ruleViolation(value: number, rule: NumberRule): string | undefined {
  const what = rule.what ?? 'a number';
  if (rule.integer === true && !Number.isInteger(value))
    return `${value} is not a whole number; expected ${what}`;
  if (rule.min !== undefined && value < rule.min) {
    return rule.min === 0
      ? `${value} is negative; expected ${what} of 0 or more`
      : `${value} is below ${rule.min}; expected ${what} from ${rule.min}${rule.max === undefined ? '' : ` to ${rule.max}`}`;
  }
  if (rule.max !== undefined && value > rule.max) {
    return `${value} is above ${rule.max}; expected ${what}${rule.min === undefined ? '' : ` from ${rule.min}`} up to ${rule.max}`;
  }
  return undefined;
}

/** A number, then the rule; a finite number cell (the usual case in xlsx) skips the text parser. */
export function numberReader(locale: string, rule: NumberRule = {}): CellReader<number> {
  const parse = fromParser((value) => parseNumber(value, locale));
  return (value) => {
    const number = typeof value === 'number' && Number.isFinite(value) ? value : parse(value);
    if (typeof number !== 'number') return number;
    const problem = ruleViolation(number, rule);
    return problem === undefined ? number : new CellIssue(problem);
  };
}

/** One of a fixed set of values, matched case-insensitively; returns the canonical spelling. */
export function choiceReader<Choice extends string>(
  choices: readonly Choice[],
): CellReader<Choice> {
  const byLowerCase = new Map<string, Choice>();
  for (const choice of choices) {
    const key = choice.toLowerCase();
    if (!byLowerCase.has(key)) byLowerCase.set(key, choice);
  }
  const expected = `one of ${choices.join(', ')}`;
  return (value) => {
    const text = parseText(value);
    if (text === null) return undefined;
    return (
      byLowerCase.get(text.toLowerCase()) ??
      new CellIssue(`${describeValue(value)} is not ${expected}`)
    );
  };
}

/** Makes a reader's empty cell a problem, with a message naming what belongs there. */
export function requiredReader<T>(read: CellReader<T>, what: string): CellReader<T> {
  const empty = `is empty; ${what} is required`;
  return (value) => {
    const result = read(value);
    return result === undefined ? new CellIssue(empty) : result;
  };
}

/** A further check of a value read; `check` returns the problem's message, if any. */
export function refinedReader<T>(
  read: CellReader<T>,
  check: (value: T) => string | undefined,
): CellReader<T> {
  return (value) => {
    const result = read(value);
    if (result === undefined || result instanceof CellIssue) return result;
    const problem = check(result);
    return problem === undefined ? result : new CellIssue(problem);
  };
}
