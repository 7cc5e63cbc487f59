/** The sample workbook's sheets beyond Deck, Accounts and Revenue, in workbook order. */
import { scoringSheets } from './scoring.js';
import { mrrSheets } from './mrr.js';
import { salesSheets } from './sales.js';
import { stakeholderSheets } from './stakeholders.js';
import { divisionSheets } from './divisions.js';
import { timelineSheets } from './timeline.js';
import { teamSheets } from './team.js';
import { charterSheets } from './charter.js';
import type { SampleSheet } from './sample-sheet.js';

export const EXTRA_SHEETS: readonly SampleSheet[] = [
  ...scoringSheets,
  ...mrrSheets,
  ...salesSheets,
  ...stakeholderSheets,
  ...divisionSheets,
  ...timelineSheets,
  ...teamSheets,
  ...charterSheets,
];
