/** Reading the Timeline sheet(s). PLACEHOLDER until the timeline slide is built. */
import type { Diagnostic } from '../../errors.js';
import type { TimelineData } from '../../model/timeline.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';

export function readTimelineSheet(
  _context: SheetReaderContext,
  _diagnostics: Diagnostic[],
): TimelineData | undefined {
  return undefined;
}
