/**
 * The charter slide(s): a grid of section cards — a coloured edge, the section title, its text with
 * bullets — sized by paginate.ts so nothing overflows. The headline carries the purpose when the
 * charter states one; the notes say how the size was chosen and hold the full text when shortened.
 */
import { bodyStyle, contentSlide } from '../../compose/chrome.js';
import { bodyBox, headlineBox, TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, SlideSpec, TextRun } from '../../compose/spec.js';
import { countLines, fitFontSize, linesHeightIn } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { CharterResult } from './analyse.js';
import { CHARTER_FIT } from './fit.js';
import { CARD_TEXT } from './measure.js';
import { planCharter, type CharterPage } from './paginate.js';
import type { FittedSection } from './shorten.js';

function cardRuns(section: FittedSection, sizePt: number, ctx: ComposeContext): TextRun[] {
  const { colors } = ctx.theme;
  const body = section.paragraphs.map((paragraph, index): TextRun => ({
    text: paragraph.text,
    sizePt,
    color: colors.dark1,
    ...(paragraph.bullet ? { bullet: true } : {}),
    ...(index < section.paragraphs.length - 1 ? { breakLine: true } : {}),
  }));
  return [
    {
      text: section.title,
      bold: true,
      sizePt: sizePt + CARD_TEXT.titleExtraPt,
      color: colors.dark2,
      breakLine: true,
    },
    { text: ' ', sizePt: CARD_TEXT.titleGapPt, breakLine: true },
    ...body,
  ];
}

function card(
  section: FittedSection,
  box: Box,
  sizePt: number,
  ctx: ComposeContext,
): SlideElement[] {
  const { theme } = ctx;
  const textBox: Box = {
    ...box,
    xIn: box.xIn + CARD_TEXT.accentWIn,
    wIn: box.wIn - CARD_TEXT.accentWIn,
  };
  return [
    { type: 'shape', shape: 'rect', box, fill: theme.neutrals.surface },
    {
      type: 'shape',
      shape: 'rect',
      box: { ...box, wIn: CARD_TEXT.accentWIn },
      fill: theme.colors.accent1,
    },
    {
      type: 'text',
      box: textBox,
      text: cardRuns(section, sizePt, ctx),
      style: bodyStyle(theme, { sizePt, insetIn: CARD_TEXT.insetIn }),
    },
  ];
}

/** True when the headline box shows `text` whole at body size or larger (see headlineElement). */
export function fitsHeadline(text: string): boolean {
  const area = headlineBox();
  const sizePt = fitFontSize(text, area.wIn, area.hIn, TYPE.headlinePt, TYPE.bodyPt);
  return linesHeightIn(countLines(text, area.wIn - 0.2, sizePt), sizePt) <= area.hIn - 0.1;
}

/** The purpose shown as the headline (its card then left out), when asked for and it fits. */
function headlinePurpose(result: CharterResult) {
  const { purpose } = result;
  // A charter of only its purpose keeps it as a card: the slide needs a body.
  const others = result.sections.length > 1;
  return result.purposeAsHeadline && others && purpose !== undefined && fitsHeadline(purpose.text)
    ? purpose
    : undefined;
}

export function composeCharter(result: CharterResult, ctx: ComposeContext): SlideSpec[] {
  const purpose = headlinePurpose(result);
  const sections = result.sections.filter((_, index) => index !== purpose?.section);
  const plan = planCharter(sections, bodyBox(), result.maxSlides);
  const data = {
    ...result,
    source: ctx.source,
    company: ctx.deck.company,
    sizePt: plan.sizePt,
    maxPt: CHARTER_FIT.maxPt,
    minPt: CHARTER_FIT.minPt,
    shortened: plan.shortened,
    pages: plan.pages.length,
    purposeHeadline: purpose?.text,
    purposeTitle: purpose === undefined ? undefined : result.sections[purpose.section]?.title,
    cardSections: sections,
  };
  return plan.pages.map((page: CharterPage, index) => {
    const slideData = {
      ...data,
      page: index + 1,
      shownSections: page.cards.map((c) => c.section.title).join(', '),
    };
    return contentSlide({
      kind: 'charter',
      title: ctx.text.render('charter', 'title', slideData),
      headline: ctx.text.render('charter', 'headline', slideData),
      notes: ctx.text.render('charter', 'notes', slideData),
      theme: ctx.theme,
      elements: page.cards.flatMap(({ section, box }) => card(section, box, plan.sizePt, ctx)),
    });
  });
}
