/**
 * A section divider: the section's number, an accent rule, its title and subtitle on the
 * title-slide colours, so a long deck reads as a few parts. Measures in SECTION (layout.ts).
 */
import { box, SECTION, SLIDE } from '../../compose/layout.js';
import type { SlideElement, SlideSpec } from '../../compose/spec.js';
import { countLines, fitFontSize, linesHeightIn, truncateToLines } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';

export interface SectionParams {
  /** Names the section's text in the template: `--- <key>` and `--- <key>Subtitle` in section.hbs. */
  key?: string | undefined;
  /** The title as written, in every language (overrides the key's text). */
  title?: string | undefined;
  subtitle?: string | undefined;
}

export interface SectionText {
  title: string;
  subtitle: string;
}

/** The section's title and subtitle: written in the manifest, or the template's text for `key`. */
export function sectionText(params: SectionParams, ctx: ComposeContext): SectionText {
  const data = { deck: ctx.deck };
  const fromKey = (part: string) =>
    ctx.text.has('section', part) ? ctx.text.render('section', part, data) : '';
  const key = params.key;
  return {
    title: params.title ?? (key === undefined ? '' : ctx.text.render('section', key, data)),
    subtitle: params.subtitle ?? (key === undefined ? '' : fromKey(`${key}Subtitle`)),
  };
}

/** Title lines as set: fitted between the largest and smallest size, at most two lines. */
function fittedTitle(
  title: string,
  widthIn: number,
): { text: string; sizePt: number; hIn: number } {
  const sizePt = fitFontSize(
    title,
    widthIn,
    SECTION.titleHIn,
    SECTION.titlePt,
    SECTION.titleMinPt,
    true,
  );
  // Past two lines at the smallest size the title is shortened rather than spilling over.
  const text = truncateToLines(title, widthIn - 0.2, sizePt, 2, true);
  const lines = countLines(text, widthIn - 0.2, sizePt, true);
  return { text, sizePt, hIn: Math.min(SECTION.titleHIn, linesHeightIn(lines, sizePt) + 0.1) };
}

function textElements(text: SectionText, number: string, ctx: ComposeContext): SlideElement[] {
  const colors = ctx.theme.titleSlide;
  const x = SECTION.leftIn;
  const width = SLIDE.wIn - 2 * x;
  const title = fittedTitle(text.title, width);
  const elements: SlideElement[] = [
    {
      type: 'text',
      box: box(x, SECTION.numberYIn, width, SECTION.numberHIn),
      text: number,
      style: {
        font: 'heading',
        sizePt: SECTION.numberPt,
        color: colors.accent,
        bold: true,
        valign: 'bottom',
        insetIn: 0,
      },
    },
    {
      type: 'shape',
      shape: 'rect',
      box: box(x, SECTION.ruleYIn, SECTION.ruleWIn, SECTION.ruleHIn),
      fill: colors.accent,
    },
    {
      type: 'text',
      box: box(x, SECTION.titleYIn, width, title.hIn),
      text: title.text,
      style: {
        font: 'heading',
        sizePt: title.sizePt,
        color: colors.text,
        bold: true,
        valign: 'top',
        insetIn: 0,
      },
    },
  ];
  if (text.subtitle === '') return elements;
  // The subtitle follows the title's last line, so a one-line title leaves no hole under it.
  const subtitleBox = box(
    x,
    SECTION.titleYIn + title.hIn + SECTION.gapIn,
    width,
    SECTION.subtitleHIn,
  );
  const subtitlePt = fitFontSize(
    text.subtitle,
    width,
    SECTION.subtitleHIn,
    SECTION.subtitlePt,
    SECTION.subtitleMinPt,
  );
  elements.push({
    type: 'text',
    box: subtitleBox,
    text: truncateToLines(text.subtitle, width - 0.2, subtitlePt, 2),
    style: { font: 'body', sizePt: subtitlePt, color: colors.text, valign: 'top', insetIn: 0 },
  });
  return elements;
}

export function composeSection(params: SectionParams, ctx: ComposeContext): SlideSpec[] {
  const text = sectionText(params, ctx);
  const place = ctx.section ?? { number: 1, count: 1 };
  const number = String(place.number).padStart(2, '0');
  const data = { deck: ctx.deck, ...text, position: place.number, count: place.count };
  return [
    {
      kind: 'section',
      master: 'title',
      title: text.title,
      notes: ctx.text.render('section', 'notes', data),
      elements: textElements(text, number, ctx),
    },
  ];
}
