/**
 * One scanned worksheet cell → one CellValue. Keeps what Excel shows (the saved result of a
 * formula, the text of rich text or of a link) and reports cells whose value cannot be trusted.
 * The rules are the ones kamdeck applied when it read workbooks through exceljs, so workbooks read
 * as they always have: shared strings by index, `str`/`inlineStr` text, booleans, error cells as
 * problems, numbers as dates when their style is a date format.
 */
import { readFormula } from './xlsx-formula.js';
import { DATE, PERCENT, styleKind } from './xlsx-number-formats.js';
import {
  BOOLEAN,
  ERROR,
  FORMULA_STRING,
  INLINE_STRING,
  isFormula,
  SHARED_STRING,
  type RawCell,
  type SheetContext,
} from './xlsx-raw-cell.js';
import {
  excelToDate,
  numberAt,
  settle,
  wholeNumberAt,
  type ReadCell,
  type Stored,
} from './xlsx-values.js';
import { DamagedXml, decodeAgain, decodeText } from './xml-text.js';

function cellText(cell: RawCell, context: SheetContext): string {
  return cell.valueStart >= 0
    ? decodeText(context.xml, cell.valueStart, cell.valueEnd)
    : (cell.inline ?? '');
}

/** The value of a cell that is not a formula, typed by its `t` attribute and its style. */
function storedValue(cell: RawCell, context: SheetContext): Stored {
  const { xml } = context;
  switch (cell.type) {
    case SHARED_STRING: {
      const index = wholeNumberAt(xml, cell.valueStart, cell.valueEnd);
      const text = context.sharedStrings[index];
      if (text === undefined) throw new DamagedXml(`no shared string ${index}`);
      return text;
    }
    case FORMULA_STRING:
      // exceljs decoded these twice; "&amp;lt;" has always read as "<".
      return decodeAgain(cellText(cell, context));
    case INLINE_STRING:
      return cellText(cell, context);
    case BOOLEAN:
      return parseInt(cellText(cell, context), 10) !== 0;
    case ERROR:
      return { error: cellText(cell, context) };
    default: {
      const number =
        cell.valueStart >= 0
          ? numberAt(xml, cell.valueStart, cell.valueEnd)
          : parseFloat(cellText(cell, context));
      return styleKind(context.styles, cell.style) === DATE
        ? excelToDate(number, context.date1904)
        : number;
    }
  }
}

/** Reads a cell that holds a value or a formula (see hasValue, isFormula) into `into`. */
export function readCell(cell: RawCell, context: SheetContext, into: ReadCell): void {
  into.problem = undefined;
  into.percent = false;
  if (isFormula(cell)) readFormula(cell, context, into);
  else settle(storedValue(cell, context), into);
  if (typeof into.value === 'number' && styleKind(context.styles, cell.style) === PERCENT) {
    into.percent = true;
  }
}
