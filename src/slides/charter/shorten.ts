/**
 * The last resort when a charter is too long even over the most slides allowed: a card keeps the
 * paragraphs that fit its box at the minimum size, the first one that does not is cut with an
 * ellipsis to the lines left, and the rest is dropped (the full text is in the speaker notes).
 */
import { countLines, linesHeightIn, truncateToLines } from '../../compose/text-fit.js';
import type { CharterParagraph, CharterSection } from '../../model/charter.js';
import { CARD_TEXT, paragraphHeightIn, textWidthOfCard, titleHeightIn } from './measure.js';

export interface FittedSection {
  title: string;
  paragraphs: CharterParagraph[];
  shortened: boolean;
}

/** When no line of the next paragraph fits, the last kept one ends in "…" so the cut shows. */
function markCut(kept: CharterParagraph[], widthIn: number, sizePt: number): void {
  const last = kept.at(-1);
  if (last === undefined || last.text.endsWith('…')) return;
  const width = last.bullet ? widthIn - CARD_TEXT.bulletIndentIn : widthIn;
  const lines = countLines(last.text, width, sizePt);
  kept[kept.length - 1] = {
    ...last,
    text: truncateToLines(`${last.text} …`, width, sizePt, lines),
  };
}

export function shortenToCard(
  section: CharterSection,
  cardWIn: number,
  cardHIn: number,
  sizePt: number,
): FittedSection {
  const widthIn = textWidthOfCard(cardWIn);
  let left = cardHIn - 2 * CARD_TEXT.insetIn - titleHeightIn(section.title, widthIn, sizePt);
  const kept: CharterParagraph[] = [];
  for (const paragraph of section.paragraphs) {
    const height = paragraphHeightIn(paragraph, widthIn, sizePt);
    if (height <= left) {
      kept.push(paragraph);
      left -= height;
      continue;
    }
    let lines = 0;
    while (linesHeightIn(lines + 1, sizePt) <= left) lines += 1;
    if (lines > 0) {
      const width = paragraph.bullet ? widthIn - CARD_TEXT.bulletIndentIn : widthIn;
      kept.push({ ...paragraph, text: truncateToLines(paragraph.text, width, sizePt, lines) });
    } else markCut(kept, widthIn, sizePt);
    return { title: section.title, paragraphs: kept, shortened: true };
  }
  return { title: section.title, paragraphs: kept, shortened: false };
}
