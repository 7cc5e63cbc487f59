/**
 * How tall a section card's text is at a font size and width, with the estimates of text-fit.ts:
 * the title (bold, a little larger), a small gap, then each paragraph wrapped to the card; bullet
 * paragraphs lose the bullet indent pptxgenjs applies (27 pt).
 */
import { countLines, linesHeightIn } from '../../compose/text-fit.js';
import type { CharterParagraph, CharterSection } from '../../model/charter.js';

/** What a card shows of a section. */
export type SectionText = Pick<CharterSection, 'title' | 'paragraphs'>;

export const CARD_TEXT = {
  titleExtraPt: 1.5,
  /** An empty paragraph of this size separates the title from the text. */
  titleGapPt: 5,
  /** pptxgenjs's bullet indent (DEF_BULLET_MARGIN, 27 pt). */
  bulletIndentIn: 27 / 72,
  insetIn: 0.12,
  accentWIn: 0.06,
  /** Room kept for the difference between estimated and rendered text widths. */
  widthMarginIn: 0.1,
} as const;

/** Width available for text in a card of `cardWIn`. */
export function textWidthOfCard(cardWIn: number): number {
  const { accentWIn, insetIn, widthMarginIn } = CARD_TEXT;
  return cardWIn - accentWIn - 2 * insetIn - widthMarginIn;
}

export function paragraphHeightIn(
  paragraph: CharterParagraph,
  widthIn: number,
  sizePt: number,
): number {
  const width = paragraph.bullet ? widthIn - CARD_TEXT.bulletIndentIn : widthIn;
  return linesHeightIn(countLines(paragraph.text, width, sizePt), sizePt);
}

export function titleHeightIn(title: string, widthIn: number, sizePt: number): number {
  const titlePt = sizePt + CARD_TEXT.titleExtraPt;
  return (
    linesHeightIn(countLines(title, widthIn, titlePt, true), titlePt) +
    linesHeightIn(1, CARD_TEXT.titleGapPt)
  );
}

/** Measured heights per section, by width and size: fitting tries the same cards many times. */
const measured = new WeakMap<SectionText, Map<string, number>>();

/** Height a card of `cardWIn` needs to show the whole section at `sizePt`, insets included. */
export function cardHeightIn(section: SectionText, cardWIn: number, sizePt: number): number {
  const cache = measured.get(section) ?? new Map<string, number>();
  measured.set(section, cache);
  const key = `${cardWIn}:${sizePt}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const widthIn = textWidthOfCard(cardWIn);
  const text = section.paragraphs.reduce(
    (sum, paragraph) => sum + paragraphHeightIn(paragraph, widthIn, sizePt),
    titleHeightIn(section.title, widthIn, sizePt),
  );
  const height = text + 2 * CARD_TEXT.insetIn;
  cache.set(key, height);
  return height;
}
