/** Fitting a label into the lines a row band offers: wrapped when it fits, shortened when not. */
import { linesHeightIn, truncateToLines } from '../../compose/text-fit.js';

/** Inner padding of the Gantt's label boxes, in inches. */
export const LABEL_INSET_IN = 0.04;
/** Room kept for the difference between estimated and rendered widths, in inches. */
const WIDTH_MARGIN_IN = 0.04;

/** Width available for text in a label box of `wIn`. */
export const labelWidthIn = (wIn: number): number => wIn - 2 * LABEL_INSET_IN - WIDTH_MARGIN_IN;

/** Lines of `sizePt` text that fit a box of `hIn`, at least one. */
export function linesThatFit(hIn: number, sizePt: number): number {
  let lines = 1;
  while (linesHeightIn(lines + 1, sizePt) <= hIn - 2 * LABEL_INSET_IN) lines += 1;
  return lines;
}

export function fitToLines(
  text: string,
  wIn: number,
  sizePt: number,
  maxLines: number,
  bold = false,
): string {
  return truncateToLines(text, labelWidthIn(wIn), sizePt, maxLines, bold);
}
