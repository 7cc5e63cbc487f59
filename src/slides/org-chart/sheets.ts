/** Reading the Stakeholders, Influence sheet(s). PLACEHOLDER until the org-chart slide is built. */
import type { Diagnostic } from '../../errors.js';
import type { StakeholderData } from '../../model/stakeholders.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';

export function readStakeholderSheets(
  _context: SheetReaderContext,
  _diagnostics: Diagnostic[],
): StakeholderData | undefined {
  return undefined;
}
