/**
 * The text inside a person's box, fitted by measurement: the name (after the key-contact star) on
 * one line, or two when it is long, then the title on the lines left (three lines in all). Each
 * line has its own width — the first shares its row with the badge, later ones may share theirs
 * with the "+n more" tag — and overflow ends in "…". Lines are broken here, so the renderer never re-wraps them.
 */
import { textWidthIn, truncateToWidth } from '../../compose/text-fit.js';
import { BOX_LINES, MAX_NAME_LINES } from './scale.js';

/** Our width estimate is good to a few percent; keep that much spare. */
const SAFETY = 0.95;

/** Greedy word wrap into `widthsIn.length` lines at most; overflow ends the last line with "…". */
export function wrapToLines(
  text: string,
  widthsIn: readonly number[],
  sizePt: number,
  bold = false,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let next = 0;
  widthsIn.forEach((rawWidth, lineIndex) => {
    if (next >= words.length) return;
    const width = rawWidth * SAFETY;
    let line = words[next] ?? '';
    next += 1;
    while (next < words.length && textWidthIn(`${line} ${words[next]}`, sizePt, bold) <= width) {
      line = `${line} ${words[next]}`;
      next += 1;
    }
    if (lineIndex === widthsIn.length - 1 && next < words.length) {
      line = `${line} ${words.slice(next).join(' ')}`;
      next = words.length;
    }
    lines.push(truncateToWidth(line, width, sizePt, bold));
  });
  return lines;
}

export interface BoxText {
  name: string[];
  title: string[];
}

/**
 * `widthsIn[i]` is the width of the box's line i (BOX_LINES of them); `starIn` the room the star
 * takes before the name on the first line.
 */
export function fitBoxText(
  name: string,
  title: string | undefined,
  widthsIn: readonly number[],
  starIn: number,
  sizes: { namePt: number; titlePt: number },
): BoxText {
  const nameWidths = widthsIn
    .slice(0, MAX_NAME_LINES)
    .map((width, index) => (index === 0 ? width - starIn : width));
  const nameLines = wrapToLines(name, nameWidths, sizes.namePt, true);
  const titleWidths = widthsIn.slice(nameLines.length, BOX_LINES);
  const titleLines = title === undefined ? [] : wrapToLines(title, titleWidths, sizes.titlePt);
  return { name: nameLines, title: titleLines };
}
