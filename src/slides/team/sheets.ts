/** Reading the Team, RACI sheet(s). PLACEHOLDER until the team slide is built. */
import type { Diagnostic } from '../../errors.js';
import type { TeamData } from '../../model/team.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';

export function readTeamSheets(
  _context: SheetReaderContext,
  _diagnostics: Diagnostic[],
): TeamData | undefined {
  return undefined;
}
