/** What a sheet reader gets: the raw workbook plus what is already validated (locale, accounts). */
import type { RawWorkbook } from '../load/raw-table.js';
import type { Account } from '../model/model.js';

export interface ValidateOptions {
  /** Overrides the Deck sheet's Locale. */
  locale?: string;
  /** Overrides the Deck sheet's Currency. */
  currency?: string;
  /** Score accounts on the criteria they have when some scores are missing (else an error). */
  allowPartialScores?: boolean;
}

export interface SheetReaderContext {
  workbook: RawWorkbook;
  /** The deck's locale, for reading numbers and dates. */
  locale: string;
  /** Valid accounts, in sheet order. */
  accounts: readonly Account[];
  /** Every ID written in the Accounts sheet (even on rows with other errors). */
  accountIds: ReadonlySet<string>;
  options: ValidateOptions;
}
