/**
 * Estimating text size without a renderer, so slides are laid out to fit rather than left to
 * overflow. Widths are Arial/Liberation Sans advance widths in em, grouped; good to a few percent,
 * and we leave a margin for the difference.
 */

/**
 * Advance widths (1/1000 em) of Arial, which Liberation Sans and Helvetica share, for printable
 * ASCII from space (32) to tilde (126). Other characters use their unaccented base letter, or 0.6 em.
 */
// prettier-ignore
const ARIAL_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];
const WIDE_FALLBACK_EM = 0.6;
const POINTS_PER_INCH = 72;
const SPECIAL_EM: Record<string, number> = {
  '…': 1,
  '—': 1,
  '–': 0.556,
  '·': 0.278,
  '€': 0.556,
  '£': 0.556,
  '▲': 0.8,
  '▼': 0.8,
  '→': 1,
};
/** Bold Arial is about 7% wider on average. */
const BOLD_FACTOR = 1.07;

/** Width of one character in em (font size units). */
function charEm(char: string): number {
  const direct = char.charCodeAt(0);
  // Printable ASCII is its own base letter: skip the (costly) decomposition for the common case.
  if (char.length === 1 && direct >= 32 && direct <= 126)
    return (ARIAL_WIDTHS[direct - 32] ?? 556) / 1000;
  const base = char.normalize('NFD').charAt(0);
  const code = base.charCodeAt(0);
  if (code >= 32 && code <= 126) return (ARIAL_WIDTHS[code - 32] ?? 556) / 1000;
  return SPECIAL_EM[char] ?? WIDE_FALLBACK_EM;
}

/** Estimated width of a single line of text in inches. */
export function textWidthIn(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return (em * sizePt * (bold ? BOLD_FACTOR : 1)) / POINTS_PER_INCH;
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

/**
 * The text as is when it wraps into `maxLines` lines of `widthIn` (no word wider than the line),
 * else shortened with an ellipsis until it does.
 */
export function truncateToLines(
  text: string,
  widthIn: number,
  sizePt: number,
  maxLines: number,
  bold = false,
): string {
  const longWord = text.split(/\s+/).some((word) => textWidthIn(word, sizePt, bold) > widthIn);
  if (maxLines <= 1 || longWord) return truncateToWidth(text, widthIn, sizePt, bold);
  if (countLines(text, widthIn, sizePt, bold) <= maxLines) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const candidate = `${chars.slice(0, middle).join('').trimEnd()}…`;
    if (countLines(candidate, widthIn, sizePt, bold) <= maxLines) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}
