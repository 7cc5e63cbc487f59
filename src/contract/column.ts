/**
 * Building contract columns from the sheet specs the readers use, so names, aliases and "required"
 * are stated once (in the spec) and the contract adds only what documentation and Excel need.
 */
import type { ColumnSpec } from '../validate/sheet-spec.js';
import type { AcceptedValues, CellFormat, ColumnContract, NumberRange } from './types.js';

export interface ColumnExtras {
  format?: CellFormat;
  accepted?: AcceptedValues;
  range?: NumberRange;
  /** Used when the spec has no description of its own. */
  description?: string;
  width?: number;
}

/** A contract column from a reader's ColumnSpec; the spec's own description wins. */
export function fromSpec(spec: ColumnSpec, extras: ColumnExtras = {}): ColumnContract {
  const column: ColumnContract = {
    header: spec.header,
    aliases: spec.aliases ?? [],
    required: spec.required === true,
    description: spec.description ?? extras.description ?? '',
    format: extras.format ?? (spec.percent === true ? 'percent' : 'text'),
  };
  if (extras.accepted !== undefined) column.accepted = extras.accepted;
  if (extras.range !== undefined) column.range = extras.range;
  if (extras.width !== undefined) column.width = extras.width;
  return column;
}

/** Columns of a spec, in order, with extras by header. */
export function fromSpecs(
  specs: readonly ColumnSpec[],
  extras: Readonly<Record<string, ColumnExtras>> = {},
): ColumnContract[] {
  return specs.map((spec) => fromSpec(spec, extras[spec.header]));
}

/** Closed lists: only these values are read. */
export const strictly = (values: readonly (string | number)[]): AcceptedValues => ({
  values: values.map(String),
  strict: true,
});

/** Suggested values: the reader also takes synonyms or free text. */
export const suggested = (values: readonly (string | number)[]): AcceptedValues => ({
  values: values.map(String),
  strict: false,
});

/** Booleans read yes/no, true/false, x, 1/0 and more; the drop-down offers the plain words. */
export const YES_NO = suggested(['yes', 'no']);
