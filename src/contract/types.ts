/**
 * The input contract as data: every sheet kamdeck reads, what it feeds, its columns and a few
 * example rows. `kamdeck init` writes a workbook from it; validation uses it to recognise sheets
 * and near-miss headers; the Instructions sheet and the README describe the same thing.
 */
import type { SlideKind } from '../slides/registry.js';

/** A cell of an example row, as written into the workbook. */
export type ExampleCell = string | number | boolean | Date | null;

/** One example row, keyed by the header text it goes under. */
export type ExampleRow = Readonly<Record<string, ExampleCell>>;

/** How a column's cells are shown in Excel (and what kind of value the reader expects). */
export type CellFormat = 'text' | 'integer' | 'number' | 'money' | 'percent' | 'date' | 'yesNo';

export interface AcceptedValues {
  values: readonly string[];
  /**
   * true: only these values are read, so Excel refuses others. false: the reader also takes
   * synonyms or free text, so Excel only warns (the drop-down is a suggestion).
   */
  strict: boolean;
}

/** Numbers accepted, for Excel's data validation and the Instructions (inclusive bounds). */
export interface NumberRange {
  min?: number;
  max?: number;
  whole?: boolean;
}

export interface ColumnContract {
  header: string;
  aliases: readonly string[];
  required: boolean;
  description: string;
  format: CellFormat;
  accepted?: AcceptedValues;
  range?: NumberRange;
  /** Column width in characters; derived from the header when absent. */
  width?: number;
}

/** Columns whose headers the user chooses (periods, criteria, offerings, people). */
export interface MoreColumns {
  description: string;
  format: CellFormat;
  accepted?: AcceptedValues;
  range?: NumberRange;
  /** Headers written into the example workbook, in order after the fixed columns. */
  exampleHeaders: readonly string[];
  width?: number;
}

/** A Field | Value row of a settings sheet (Deck). */
export interface FieldContract {
  field: string;
  description: string;
  format: CellFormat;
  accepted?: AcceptedValues;
  example: ExampleCell;
}

export interface SheetContract {
  name: string;
  aliases: readonly string[];
  /** One sentence: what the sheet holds. */
  purpose: string;
  /** Slide kinds that read it. */
  feeds: readonly SlideKind[];
  /** Only Accounts is required; a workbook without another sheet simply lacks its slides. */
  required: boolean;
  columns: readonly ColumnContract[];
  more?: MoreColumns;
  /** Field | Value sheets list their fields here (written in column A even in a blank workbook). */
  fields?: readonly FieldContract[];
  /**
   * True when `columns` lists every column the reader knows, so an unknown header that is close
   * to a known one is probably a typo worth a warning.
   */
  fixedColumns: boolean;
  /** Example rows (all columns, including `more.exampleHeaders`). */
  examples: readonly ExampleRow[];
  /** Rules across rows worth stating in the Instructions (weights total 100%, ...). */
  notes?: readonly string[];
}
