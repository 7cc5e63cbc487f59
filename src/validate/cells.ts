/**
 * zod schemas for single cells, for sheets whose rows are described with zod. Each wraps a reader
 * from `cell-readers.ts` (the same readers the large sheets use without zod), so a refused value
 * gets the same message either way, e.g. `"12,5k" is not a number`.
 * Empty cells become `undefined`; `required()` turns that into an error.
 */
import { z } from 'zod';
import type { CellValue } from '../load/raw-table.js';
import {
  CellIssue,
  choiceReader,
  dateReader,
  numberReader,
  percentReader,
  readBoolean,
  readText,
  type CellReader,
  type NumberRule,
} from './cell-readers.js';

export type { NumberRule } from './cell-readers.js';

function cell<T>(read: CellReader<T>) {
  return z.unknown().transform((raw, ctx): T | undefined => {
    const result = read(raw as CellValue);
    if (result instanceof CellIssue) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result;
  });
}

export const textCell = () => cell(readText);
export const booleanCell = () => cell(readBoolean);
export const dateCell = (locale: string) => cell(dateReader(locale));
export const percentCell = (locale: string) => cell(percentReader(locale));
export const numberCell = (locale: string, rule: NumberRule = {}) =>
  cell(numberReader(locale, rule));

/** One of a fixed set of values, matched case-insensitively; returns the canonical spelling. */
export const choiceCell = <Choice extends string>(choices: readonly Choice[]) =>
  cell(choiceReader(choices));

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
