/** Reading the Scoring criteria, Scores sheet(s). PLACEHOLDER until the scoring slide is built. */
import type { Diagnostic } from '../../errors.js';
import type { ScoringData } from '../../model/scoring.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';

export function readScoringSheets(
  _context: SheetReaderContext,
  _diagnostics: Diagnostic[],
): ScoringData | undefined {
  return undefined;
}
