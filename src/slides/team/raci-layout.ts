/**
 * Geometry of the RACI matrix table, derived from the body region: the activity column, one column
 * per person or role, and the check column. Columns never get narrower than a legible minimum:
 * when a team has more people or roles than fit, they are split into balanced groups, one slide
 * each (the activity and check columns repeat). Activities are split into balanced pages likewise.
 */
import { TYPE } from '../../compose/layout.js';
import { countLines, linesHeightIn, textWidthIn, truncateToLines } from '../../compose/text-fit.js';

export const RACI_MEASURES = {
  activityMinWIn: 2.6,
  activityMaxWIn: 4.2,
  checkWIn: 1.3,
  /** Narrowest person/role column: "R/A" and a wrapped two-word name stay legible. */
  personMinWIn: 0.85,
  /** Widest: a short team does not get giant letter cells. */
  personMaxWIn: 1.45,
  legendHIn: 0.32,
  maxRowHIn: 0.42,
  /** Cell padding (left + right, top + bottom) plus room for estimate errors. */
  cellPadWIn: 0.18,
  cellPadHIn: 0.08,
  maxHeaderLines: 4,
} as const;

/** Splits items into the fewest chunks of at most `max`, sizes differing by at most one. */
export function balancedChunks<Item>(items: readonly Item[], max: number): Item[][] {
  if (items.length === 0) return [];
  const count = Math.ceil(items.length / Math.max(1, Math.floor(max)));
  const chunks: Item[][] = [];
  let start = 0;
  for (let index = 0; index < count; index += 1) {
    const size = Math.ceil((items.length - start) / (count - index));
    chunks.push(items.slice(start, start + size));
    start += size;
  }
  return chunks;
}

/** Most person/role columns one slide holds at the minimum width. */
export function maxPersonColumns(tableWIn: number): number {
  const { activityMinWIn, checkWIn, personMinWIn } = RACI_MEASURES;
  return Math.max(1, Math.floor((tableWIn - activityMinWIn - checkWIn) / personMinWIn));
}

export interface ColumnWidths {
  activityWIn: number;
  personWIn: number;
  checkWIn: number;
  /** Sum of all columns (may be less than the area when the team is small). */
  tableWIn: number;
}

export function columnWidths(tableWIn: number, personColumns: number): ColumnWidths {
  const { activityMinWIn, activityMaxWIn, checkWIn, personMinWIn, personMaxWIn } = RACI_MEASURES;
  const free = (tableWIn - activityMinWIn - checkWIn) / Math.max(1, personColumns);
  const personWIn = Math.min(personMaxWIn, Math.max(personMinWIn, free));
  const activityWIn = Math.min(activityMaxWIn, tableWIn - checkWIn - personColumns * personWIn);
  return {
    activityWIn,
    personWIn,
    checkWIn,
    tableWIn: activityWIn + checkWIn + personColumns * personWIn,
  };
}

/** Lines a header needs: each part (name, then who it stands for) wrapped to the column. */
function headerLines(parts: readonly string[], widthIn: number, sizePt: number): number {
  return parts.reduce((sum, part) => sum + countLines(part, widthIn, sizePt, true), 0);
}

function wordsFit(parts: readonly string[], widthIn: number, sizePt: number): boolean {
  return parts.every((part) =>
    part.split(/\s+/).every((word) => word === '' || textWidthIn(word, sizePt, true) <= widthIn),
  );
}

export interface HeaderFit {
  sizePt: number;
  lines: number;
  heightIn: number;
}

/**
 * The table's font size, from TYPE.tablePt down to TYPE.minimumPt: the size at which the most
 * headers fit their column whole (within `maxHeaderLines` lines, no word cut), the largest such
 * size on a tie. So one header too long at any size (a long surname) does not shrink the table;
 * that header is shortened instead (fitHeaderParts).
 */
export function fitHeaders(headers: readonly (readonly string[])[], personWIn: number): HeaderFit {
  const widthIn = personWIn - RACI_MEASURES.cellPadWIn;
  const { maxHeaderLines, cellPadHIn } = RACI_MEASURES;
  const fitsWhole = (parts: readonly string[], sizePt: number) =>
    headerLines(parts, widthIn, sizePt) <= maxHeaderLines && wordsFit(parts, widthIn, sizePt);
  let best: { sizePt: number; whole: number } = { sizePt: TYPE.tablePt, whole: -1 };
  for (let sizePt: number = TYPE.tablePt; sizePt >= TYPE.minimumPt; sizePt -= 0.5) {
    const whole = headers.filter((parts) => fitsWhole(parts, sizePt)).length;
    if (whole > best.whole) best = { sizePt, whole };
  }
  const needed = Math.max(1, ...headers.map((parts) => headerLines(parts, widthIn, best.sizePt)));
  const lines = Math.min(needed, maxHeaderLines);
  return { sizePt: best.sizePt, lines, heightIn: linesHeightIn(lines, best.sizePt) + cellPadHIn };
}

/**
 * A header's parts shortened to `maxLines` lines in all: the name keeps as many lines as it needs
 * while each later part keeps at least one; each part is cut with an ellipsis past its share.
 */
export function fitHeaderParts(
  parts: readonly string[],
  widthIn: number,
  sizePt: number,
  maxLines: number,
): string[] {
  let left = maxLines;
  return parts.flatMap((part, index) => {
    const reserve = parts.length - index - 1;
    const budget = Math.min(countLines(part, widthIn, sizePt, true), left - reserve);
    if (budget < 1) return [];
    left -= budget;
    return [truncateToLines(part, widthIn, sizePt, budget, true)];
  });
}

/** Height of a body row: the space left under the header shared by a full page, capped. */
export function rowHeightIn(bodyHIn: number, rowsPerSlide: number, sizePt: number): number {
  const share = bodyHIn / Math.max(1, rowsPerSlide);
  const oneLine = linesHeightIn(1, sizePt) + RACI_MEASURES.cellPadHIn;
  return Math.max(oneLine, Math.min(RACI_MEASURES.maxRowHIn, share));
}

/** Lines of activity text a row of `rowHIn` holds. */
export function linesPerRow(rowHIn: number, sizePt: number): number {
  let lines = 1;
  while (linesHeightIn(lines + 1, sizePt) + RACI_MEASURES.cellPadHIn <= rowHIn) lines += 1;
  return lines;
}
