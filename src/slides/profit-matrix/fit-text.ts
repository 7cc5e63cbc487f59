/** Fitting the matrix's variable texts (product lists, policies) into fixed boxes. */
import { countLines, linesHeightIn, textWidthIn, truncateToWidth } from '../../compose/text-fit.js';

/** A text box's inner padding on each side (inches), as the matrix sets it. */
export const TEXT_INSET_IN = 0.08;

/**
 * Names joined with ", " as far as they fit in `maxLines` lines of `widthIn`; the rest summarised
 * by `more(k)` (e.g. "+3"). A first name too long on its own is shortened with an ellipsis.
 */
export function joinToWidth(
  names: readonly string[],
  widthIn: number,
  sizePt: number,
  more: (count: number) => string,
  maxLines = 1,
): string {
  const fits = (text: string) =>
    maxLines === 1
      ? textWidthIn(text, sizePt) <= widthIn
      : countLines(text, widthIn, sizePt) <= maxLines;
  for (let shown = names.length; shown >= 1; shown -= 1) {
    const rest = names.length - shown;
    const text = names.slice(0, shown).join(', ') + (rest > 0 ? ` ${more(rest)}` : '');
    if (fits(text)) return text;
  }
  if (names.length === 0) return '';
  const suffix = names.length > 1 ? ` ${more(names.length - 1)}` : '';
  const first = truncateToWidth(names[0] ?? '', widthIn - textWidthIn(suffix, sizePt), sizePt);
  return first + suffix;
}

/** Lines that fit a height at a size. */
export function linesThatFit(heightIn: number, sizePt: number): number {
  let lines = 0;
  while (linesHeightIn(lines + 1, sizePt) <= heightIn + 1e-9) lines += 1;
  return lines;
}

/** The largest size from maxPt down to minPt (half points) at which every text fits its box. */
export function commonFitSize(
  texts: readonly string[],
  widthIn: number,
  heightIn: number,
  maxPt: number,
  minPt: number,
  bold = false,
): number {
  for (let size = maxPt; size > minPt; size -= 0.5) {
    const lines = linesThatFit(heightIn, size);
    if (texts.every((text) => countLines(text, widthIn, size, bold) <= lines)) return size;
  }
  return minPt;
}

/**
 * The text shortened (at a word boundary where possible, with an ellipsis) until it wraps to at
 * most `maxLines` lines of `widthIn`.
 */
export function clampLines(
  text: string,
  widthIn: number,
  sizePt: number,
  maxLines: number,
  bold = false,
): string {
  if (maxLines <= 0) return '';
  if (countLines(text, widthIn, sizePt, bold) <= maxLines) return text;
  const words = text.split(/\s+/).filter(Boolean);
  for (let kept = words.length - 1; kept >= 1; kept -= 1) {
    const candidate = `${words.slice(0, kept).join(' ')}…`;
    if (countLines(candidate, widthIn, sizePt, bold) <= maxLines) return candidate;
  }
  return truncateToWidth(words[0] ?? '', widthIn, sizePt, bold);
}
