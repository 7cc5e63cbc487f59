/**
 * Names in narrow cells: wrapped at word boundaries into at most a few lines, the last one
 * shortened with an ellipsis, so a table row keeps the height it was laid out with.
 */
import { textWidthIn, truncateToWidth } from '../../compose/text-fit.js';

/** Words, with a hyphenated word split after its hyphens ("Rhenfeld-", "Oberau"). */
function wordParts(text: string): string[] {
  return text.match(/[^\s-]*-|[^\s-]+/g) ?? [];
}

/** Joins parts as written: no space after a part that ends in a hyphen. */
function joinParts(parts: readonly string[]): string {
  return parts.reduce(
    (line, part) => (line === '' || line.endsWith('-') ? line + part : `${line} ${part}`),
    '',
  );
}

/** `text` as at most `maxLines` lines joined by "\n", each narrower than `widthIn`. */
export function wrapToLines(
  text: string,
  widthIn: number,
  sizePt: number,
  maxLines: number,
  bold = false,
): string {
  const parts = wordParts(text);
  const lines: string[] = [];
  let current: string[] = [];
  for (const [index, part] of parts.entries()) {
    const candidate = [...current, part];
    if (current.length === 0 || textWidthIn(joinParts(candidate), sizePt, bold) <= widthIn) {
      current = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // The last line takes everything left, shortened to fit.
      current = [...current, ...parts.slice(index)];
      break;
    }
    lines.push(joinParts(current));
    current = [part];
  }
  if (current.length > 0) lines.push(joinParts(current));
  return lines.map((line) => truncateToWidth(line, widthIn, sizePt, bold)).join('\n');
}
