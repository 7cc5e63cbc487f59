/**
 * How a sheet of the input contract is described: its name and aliases, its columns (with aliases
 * and whether each is required) and how one row is read — a zod schema keyed by the columns' keys,
 * or, for sheets that may hold 100,000 rows, a reader per cell (no schema objects per row).
 */
import type { z } from 'zod';
import type { CellReader } from './cell-readers.js';

export interface ColumnSpec {
  /** Property name in the row object handed to the row schema. */
  key: string;
  /** The header as documented and as `kamdeck init` writes it. */
  header: string;
  aliases?: readonly string[];
  /** A missing required column is an error; a missing optional one leaves the values undefined. */
  required?: boolean;
  /** A percentage column: numbers shown with a % format in Excel are already fractions. */
  percent?: boolean;
  /** What the column holds, for the documentation and the Instructions sheet. */
  description?: string;
}

/**
 * A row read cell by cell: a reader per column key (a row's problems are reported in this order,
 * one per cell at most), then the row built from the values of a row without problems.
 */
export interface RowReader<Row> {
  cells: Readonly<Record<string, CellReader<unknown>>>;
  /** `values` holds the cells read, by key, in `cells` order; empty cells are absent. */
  build: (values: Record<string, unknown>) => Row;
}

interface SheetSpecBase {
  name: string;
  aliases?: readonly string[];
  columns: readonly ColumnSpec[];
}

export type SheetSpec<Row> = SheetSpecBase &
  (
    | {
        /** Schema of one row object (keys = column keys, values = raw cells); locale drives number parsing. */
        rowSchema: (locale: string) => z.ZodType<Row>;
        readRow?: undefined;
      }
    | { readRow: (locale: string) => RowReader<Row>; rowSchema?: undefined }
  );
