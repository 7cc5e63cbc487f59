/**
 * Person cards of the team overview: how many columns a page of cards gets, the card boxes inside
 * the body region, and which text lines fit a card (in priority order, never clipped).
 */
import { LAYOUT } from '../../compose/layout.js';
import type { Box } from '../../compose/spec.js';
import { countLines, linesHeightIn, truncateToLines } from '../../compose/text-fit.js';

export const CARD_MEASURES = {
  gapIn: LAYOUT.gapIn * 0.8,
  /** Cards stay card-sized when there are only one or two. */
  maxWIn: 3.9,
  accentHIn: 0.05,
  insetIn: 0.1,
  barHIn: 0.07,
  /** The line under the cards that says what the bars show. */
  captionHIn: 0.26,
  /** Room kept for the difference between estimated and rendered text widths. */
  widthMarginIn: 0.08,
} as const;

/** Columns for a page of `cards`: rows of 2–4 cards that fill the width evenly. */
export function gridColumns(cards: number): number {
  if (cards <= 4) return Math.max(1, cards);
  if (cards <= 6 || cards === 9) return 3;
  return 4;
}

/** Card boxes in reading order, row by row, all the same size. */
export function cardBoxes(area: Box, cards: number, columns: number): Box[] {
  const { gapIn, maxWIn } = CARD_MEASURES;
  const rows = Math.ceil(cards / Math.max(1, columns));
  const wIn = Math.min(maxWIn, (area.wIn - gapIn * (columns - 1)) / columns);
  const hIn = (area.hIn - gapIn * (rows - 1)) / Math.max(1, rows);
  return Array.from({ length: cards }, (_, index) => ({
    xIn: area.xIn + (index % columns) * (wIn + gapIn),
    yIn: area.yIn + Math.floor(index / columns) * (hIn + gapIn),
    wIn,
    hIn,
  }));
}

export interface CardLine {
  text: string;
  sizePt: number;
  bold?: boolean;
  color: string;
  /** Most lines it may wrap to before it is shortened. */
  maxLines: number;
  /** Required lines are always kept (shortened to one line if need be); others only when they fit. */
  required?: boolean;
}

export interface FittedLine extends CardLine {
  lines: number;
}

/**
 * The lines that fit `heightIn`, in their order: required lines claim their room first (one line
 * each); then each optional line is kept, wrapped to its maximum or else to one line, while it
 * still fits — otherwise it is left out. Nothing is clipped.
 */
export function fitCardLines(
  lines: readonly CardLine[],
  widthIn: number,
  heightIn: number,
): FittedLine[] {
  const wrap = (line: CardLine, maxLines: number): FittedLine => {
    const bold = line.bold ?? false;
    const text = truncateToLines(line.text, widthIn, line.sizePt, maxLines, bold);
    return { ...line, text, lines: countLines(text, widthIn, line.sizePt, bold) };
  };
  const heightOf = (line: FittedLine) => linesHeightIn(line.lines, line.sizePt);
  const chosen = lines.map((line) => (line.required === true ? wrap(line, 1) : undefined));
  let used = chosen.reduce((sum, line) => sum + (line === undefined ? 0 : heightOf(line)), 0);
  lines.forEach((line, index) => {
    if (line.required === true || line.text === '') return;
    for (const maxLines of line.maxLines > 1 ? [line.maxLines, 1] : [1]) {
      const fitted = wrap(line, maxLines);
      if (used + heightOf(fitted) <= heightIn) {
        chosen[index] = fitted;
        used += heightOf(fitted);
        return;
      }
    }
  });
  return chosen.filter((line): line is FittedLine => line !== undefined);
}
