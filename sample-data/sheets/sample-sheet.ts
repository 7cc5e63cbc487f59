/** An extra sheet of the sample workbook: its columns and how its rows derive from the base data. */
import type { AccountRow, RevenueRow } from '../generate.js';

export interface SampleColumn {
  header: string;
  width: number;
  numFmt?: string;
}

/** What every extra sheet may build on: the accounts and revenue already generated. */
export interface SampleBase {
  seed: number;
  accounts: readonly AccountRow[];
  revenue: readonly RevenueRow[];
}

export type SampleCell = string | number | boolean | Date | null;

export interface SampleSheet {
  name: string;
  columns: SampleColumn[];
  /** Rows keyed by header text; `null` leaves a cell empty. Deterministic for a given seed. */
  rows: (base: SampleBase) => Record<string, SampleCell>[];
  frozenColumns?: number;
}
