/**
 * How a sheet of the input contract is described: its name and aliases, its columns (with aliases
 * and whether each is required) and a zod schema for one row keyed by the columns' keys.
 */
import type { z } from 'zod';

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

export interface SheetSpec<Row> {
  name: string;
  aliases?: readonly string[];
  columns: readonly ColumnSpec[];
  /** Schema of one row object (keys = column keys, values = raw cells); locale drives number parsing. */
  rowSchema: (locale: string) => z.ZodType<Row>;
}
