/**
 * Estimating text size without a renderer, so slides are laid out to fit rather than left to
 * overflow. Widths are Arial/Liberation Sans advance widths in em, grouped; good to a few percent,
 * and we leave a margin for the difference.
 */

const NARROW = new Set([...`iljtfrI.,:;'!|()[]{} `]);
const WIDE = new Set([...'MWmw@%']);
const POINTS_PER_INCH = 72;

/** Width of one character in em (font size units). */
function charEm(char: string): number {
  if (NARROW.has(char)) return 0.28;
  if (WIDE.has(char)) return 0.85;
  if (/[A-Z]/.test(char)) return 0.67;
  if (/[0-9]/.test(char)) return 0.556;
  return 0.52;
}

/** Estimated width of a single line of text in inches. */
export function textWidthIn(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return (em * sizePt * (bold ? 1.06 : 1)) / POINTS_PER_INCH;
}

/** Shortens text with an ellipsis so it fits in `widthIn` on one line. */
export function truncateToWidth(
  text: string,
  widthIn: number,
  sizePt: number,
  bold = false,
): string {
  if (textWidthIn(text, sizePt, bold) <= widthIn) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const candidate = `${chars.slice(0, middle).join('').trimEnd()}…`;
    if (textWidthIn(candidate, sizePt, bold) <= widthIn) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/** Number of lines the text wraps to at word boundaries within `widthIn`. */
export function countLines(text: string, widthIn: number, sizePt: number, bold = false): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let current = '';
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (current !== '' && textWidthIn(candidate, sizePt, bold) > widthIn) {
        lines += 1;
        current = word;
      } else current = candidate;
    }
  }
  return lines;
}

/** Height in inches of `lines` lines of text at a size (1.2 line spacing). */
export function linesHeightIn(lines: number, sizePt: number): number {
  return (lines * sizePt * 1.2) / POINTS_PER_INCH;
}

/** Largest size ≤ maxPt (down to minPt) at which the text fits the box; minPt when nothing fits. */
export function fitFontSize(
  text: string,
  widthIn: number,
  heightIn: number,
  maxPt: number,
  minPt: number,
  bold = false,
): number {
  const usableW = widthIn - 0.2; // text box insets
  const usableH = heightIn - 0.1;
  for (let size = maxPt; size > minPt; size -= 0.5) {
    if (linesHeightIn(countLines(text, usableW, size, bold), size) <= usableH) return size;
  }
  return minPt;
}
