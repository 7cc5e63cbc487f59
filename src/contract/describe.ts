/** The contract in words: what a column accepts, as the Instructions sheet and messages say it. */
import type { AcceptedValues, CellFormat, NumberRange } from './types.js';

const FORMAT_WORDS: Record<CellFormat, string> = {
  text: '',
  integer: 'a whole number',
  number: 'a number',
  money: 'an amount in the deck currency',
  percent: 'a percentage (15%, 0.15 or 15)',
  date: 'a date (an Excel date, 2026-09-30, or as written in the deck locale)',
  yesNo: 'yes or no',
};

function percentBound(value: number): string {
  return `${Number((value * 100).toPrecision(12))}%`;
}

function describeRange(range: NumberRange, format: CellFormat): string {
  const show = format === 'percent' ? percentBound : String;
  const { min, max } = range;
  if (min !== undefined && max !== undefined) return `from ${show(min)} to ${show(max)}`;
  if (min !== undefined) return min === 0 ? '0 or more' : `${show(min)} or more`;
  if (max !== undefined) return `up to ${show(max)}`;
  return '';
}

function describeValues(accepted: AcceptedValues): string {
  const list = accepted.values.join(', ');
  return accepted.strict ? `one of ${list}` : `e.g. ${list}`;
}

/** "one of Growth, Harmony", "a number from 0 to 10", "an amount in the deck currency, 0 or more". */
export function describeAcceptedValues(column: {
  format: CellFormat;
  accepted?: AcceptedValues | undefined;
  range?: NumberRange | undefined;
}): string {
  if (column.accepted !== undefined) return describeValues(column.accepted);
  const kind = FORMAT_WORDS[column.format];
  const range = column.range === undefined ? '' : describeRange(column.range, column.format);
  return [kind, range].filter((part) => part !== '').join(', ') || 'text';
}
