/**
 * zod schemas for single cells. Each wraps a parser from `parse-cell.ts` and turns a failure into a
 * message that quotes the value and says what was expected, e.g. `"12,5k" is not a number`.
 * Empty cells become `undefined`; `required()` turns that into an error.
 */
import { z } from 'zod';
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

type Parser<T> = (value: CellValue) => Parsed<T | null>;

function cell<T>(parse: Parser<T>) {
  return z.unknown().transform((raw, ctx): T | undefined => {
    const parsed = parse(raw as CellValue);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `${describeValue(raw)} is not ${parsed.expected}` });
      return z.NEVER;
    }
    return parsed.value ?? undefined;
  });
}

export const textCell = () => cell((value) => ({ ok: true, value: parseText(value) }));
export const booleanCell = () => cell(parseBoolean);
export const dateCell = (locale: string) => cell((value) => parseDate(value, locale));
export const percentCell = (locale: string) => cell((value) => parsePercent(value, locale));

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

export const numberCell = (locale: string, rule: NumberRule = {}) =>
  cell((value) => parseNumber(value, locale)).superRefine((value, ctx) => {
    if (value === undefined) return;
    const problem = ruleViolation(value, rule);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One of a fixed set of values, matched case-insensitively; returns the canonical spelling. */
export const choiceCell = (choices: readonly string[]) =>
  cell((value): Parsed<string | null> => {
    const text = parseText(value);
    if (text === null) return { ok: true, value: null };
    const found = choices.find((choice) => choice.toLowerCase() === text.toLowerCase());
    return found === undefined
      ? { ok: false, expected: `one of ${choices.join(', ')}` }
      : { ok: true, value: found };
  });

/** Makes an optional cell schema required, with a message naming what belongs there. */
export function required<T>(schema: z.ZodType<T | undefined>, what: string) {
  return schema.transform((value, ctx): T => {
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `is empty; ${what} is required` });
      return z.NEVER;
    }
    return value;
  });
}
