/**
 * Shared formulas: Excel writes the formula once, on its first cell (`<f t="shared" ref="C2:C9"
 * si="0">B2*2</f>`), and the other cells only point to it (`<f t="shared" si="0"/>`). To name such a
 * cell's formula in a message, the first cell's formula is slid to it, moving every relative
 * reference by the same offset (exceljs's rule, so messages read as before).
 */
import { columnLetter } from './columns.js';

export interface CellPosition {
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
}

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;
const MAX_COLUMN = 16384;

function columnNumber(letters: string): number {
  let number = 0;
  for (let i = 0; i < letters.length; i += 1) number = number * 26 + letters.charCodeAt(i) - 64;
  return number;
}

class OutOfSheet extends Error {}

function slideReference(reference: string, rows: number, cols: number): string | undefined {
  const match = CELL_REFERENCE.exec(reference);
  if (match === null) return undefined;
  const [, colDollar = '', lettersAsTyped = '', rowDollar = '', digits = ''] = match;
  const letters = lettersAsTyped.toUpperCase();
  // Beyond column XFD it is a name, not a cell.
  if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return undefined;
  const col = columnNumber(letters) + (colDollar === '' ? cols : 0);
  const row = parseInt(digits, 10) + (rowDollar === '' ? rows : 0);
  if (col < 1 || col > MAX_COLUMN) throw new OutOfSheet();
  return `${colDollar}${columnLetter(col - 1)}${rowDollar}${row}`;
}

/** `formula` as written at `from`, moved to `to`; undefined when a reference leaves the sheet. */
export function slideFormula(
  formula: string,
  from: CellPosition,
  to: CellPosition,
): string | undefined {
  const rows = to.row - from.row;
  const cols = to.col - from.col;
  try {
    return formula.replace(
      CANDIDATE,
      (match, sheet: string | undefined, _name, reference: string, paren: string | undefined) => {
        if (paren !== undefined) return match;
        const slid = slideReference(reference, rows, cols);
        return slid === undefined ? match : `${sheet ?? ''}${slid}`;
      },
    );
  } catch (error) {
    if (error instanceof OutOfSheet) return undefined;
    throw error;
  }
}
