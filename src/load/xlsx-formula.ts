/**
 * A formula cell reads as the result Excel saved with it: kamdeck never recalculates. A formula
 * without a saved result (written by a script, never opened in Excel) or whose result is an error
 * is reported at its cell, naming the formula.
 */
import { slideFormula } from './shared-formula.js';
import { DATE, styleKind } from './xlsx-number-formats.js';
import {
  BOOLEAN,
  ERROR,
  FORMULA_STRING,
  type RawCell,
  type SheetContext,
} from './xlsx-raw-cell.js';
import {
  excelToDate,
  isErrorValue,
  numberAt,
  settle,
  type ReadCell,
  type Stored,
} from './xlsx-values.js';
import { decodeAgain, decodeText } from './xml-text.js';

/** The result saved in `<v>` (or an inline string), typed by the cell's `t` attribute. */
function savedResult(cell: RawCell, context: SheetContext): Stored | undefined {
  const { xml } = context;
  const inV = cell.valueEnd > cell.valueStart;
  if (!inV && (cell.inline === undefined || cell.inline === '')) return undefined;
  const text = (): string =>
    inV ? decodeText(xml, cell.valueStart, cell.valueEnd) : (cell.inline ?? '');
  switch (cell.type) {
    case FORMULA_STRING:
      return decodeAgain(text());
    case BOOLEAN:
      return parseInt(text(), 10) !== 0;
    case ERROR:
      return { error: text() };
    default:
      return inV ? numberAt(xml, cell.valueStart, cell.valueEnd) : parseFloat(text());
  }
}

/** `=B4*2` for the message; a shared formula's other cells get the first cell's formula, slid. */
function formulaLabel(cell: RawCell, text: string, context: SheetContext): string {
  if (text !== '') return `=${text}`;
  const first =
    cell.formulaType === 'shared' && !cell.formulaRef
      ? context.sharedFormulas.get(cell.formulaSi ?? '')
      : undefined;
  const slid = first && first.text !== '' ? slideFormula(first.text, first, cell) : undefined;
  return slid ? `=${slid}` : '(shared)';
}

/** Reads a formula cell into `into`. */
export function readFormula(cell: RawCell, context: SheetContext, into: ReadCell): void {
  const { xml } = context;
  const text =
    cell.formulaEnd > cell.formulaStart ? decodeText(xml, cell.formulaStart, cell.formulaEnd) : '';
  if (cell.formulaType === 'shared' && cell.formulaRef) {
    context.sharedFormulas.set(cell.formulaSi ?? '', { text, row: cell.row, col: cell.col });
  }
  let result = savedResult(cell, context);
  if (result !== undefined && styleKind(context.styles, cell.style) === DATE) {
    // As exceljs: whatever the result, a date style makes it a date (text that is no number
    // becomes an invalid date, reported as such).
    result = excelToDate(isErrorValue(result) ? Number.NaN : Number(result), context.date1904);
  }
  if (result === undefined) {
    into.value = null;
    into.problem = `formula ${formulaLabel(cell, text, context)} has no saved result; open and save the file in Excel`;
  } else if (isErrorValue(result)) {
    into.value = null;
    into.problem = `formula ${formulaLabel(cell, text, context)} gives the error ${result.error}; fix it in Excel or clear the cell`;
  } else {
    settle(result, into);
  }
}
