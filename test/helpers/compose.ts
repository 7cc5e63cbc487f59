/** Compose-test helpers: a real ComposeContext and geometry checks on composed slides. */
import { createFormatter } from '../../src/compose/format.js';
import { SLIDE } from '../../src/compose/layout.js';
import type { Box, SlideElement, SlideSpec, TextElement } from '../../src/compose/spec.js';
import { countLines, linesHeightIn } from '../../src/compose/text-fit.js';
import type { DeckInfo } from '../../src/model/model.js';
import type { ComposeContext } from '../../src/slides/slide-module.js';
import { loadTemplate } from '../../src/templates/load-template.js';
import { loadTheme } from '../../src/theme/load-theme.js';

/** The context the pipeline builds: corporate theme, quarterly-review text, the deck's locale. */
export async function composeContext(
  deck: DeckInfo,
  agenda: readonly string[] = [],
): Promise<ComposeContext> {
  const theme = await loadTheme('corporate');
  const format = createFormatter(deck.locale, deck.currency);
  const template = loadTemplate('quarterly-review', deck.locale, format);
  return { deck, theme, format, text: template.text, source: 'kam.xlsx', agenda };
}

/** Rounding noise allowed on measures (inches). */
const EPSILON_IN = 1e-6;

function isInside(box: Box): boolean {
  return (
    box.xIn >= -EPSILON_IN &&
    box.yIn >= -EPSILON_IN &&
    box.wIn > 0 &&
    box.hIn > 0 &&
    box.xIn + box.wIn <= SLIDE.wIn + EPSILON_IN &&
    box.yIn + box.hIn <= SLIDE.hIn + EPSILON_IN
  );
}

function describe(element: SlideElement): string {
  const text =
    element.type === 'text'
      ? typeof element.text === 'string'
        ? element.text
        : element.text.map((run) => run.text).join('')
      : '';
  return `${element.type} ${JSON.stringify(element.box)} ${text.slice(0, 40)}`;
}

/** Elements that reach past the 13.333 × 7.5 in slide (or have no area); [] when all fit. */
export function elementsOutsideSlide(slide: SlideSpec): string[] {
  return slide.elements.filter((element) => !isInside(element.box)).map(describe);
}

function overlaps(a: Box, b: Box): boolean {
  const x = Math.min(a.xIn + a.wIn, b.xIn + b.wIn) - Math.max(a.xIn, b.xIn);
  const y = Math.min(a.yIn + a.hIn, b.yIn + b.hIn) - Math.max(a.yIn, b.yIn);
  return x > EPSILON_IN && y > EPSILON_IN;
}

/** Pairs of elements whose boxes overlap, among those of the given types. */
export function overlappingPairs(
  slide: SlideSpec,
  types: readonly SlideElement['type'][] = ['text'],
): string[] {
  const candidates = slide.elements.filter((element) => types.includes(element.type));
  const pairs: string[] = [];
  candidates.forEach((a, index) => {
    for (const b of candidates.slice(index + 1)) {
      if (overlaps(a.box, b.box)) pairs.push(`${describe(a)} ✕ ${describe(b)}`);
    }
  });
  return pairs;
}

/** Every text the slide shows: text boxes, shape text, table cells and chart category labels. */
export function visibleTexts(slide: SlideSpec): string[] {
  return slide.elements.flatMap((element): string[] => {
    switch (element.type) {
      case 'text':
        return typeof element.text === 'string'
          ? [element.text]
          : element.text.map((run) => run.text);
      case 'shape':
        return element.text === undefined ? [] : [element.text.value];
      case 'table':
        return element.rows.flat().map((cell) => cell.text);
      case 'chart':
        return element.chart.layers.flatMap((layer) => layer.series[0]?.labels ?? []);
      case 'image':
        return [];
    }
  });
}

/** Paragraphs of a text element: runs up to each line break, at their largest size. */
function paragraphs(element: TextElement): { text: string; sizePt: number; bold: boolean }[] {
  const { style } = element;
  if (typeof element.text === 'string')
    return [{ text: element.text, sizePt: style.sizePt, bold: style.bold === true }];
  const result: { text: string; sizePt: number; bold: boolean }[] = [];
  let current = { text: '', sizePt: 0, bold: false };
  for (const run of element.text) {
    current.text += run.text;
    current.sizePt = Math.max(current.sizePt, run.sizePt ?? style.sizePt);
    current.bold ||= run.bold ?? style.bold ?? false;
    if (run.breakLine === true) {
      result.push(current);
      current = { text: '', sizePt: 0, bold: false };
    }
  }
  if (current.text !== '') result.push(current);
  return result;
}

/**
 * Text boxes whose wrapped text is taller than the box, estimated with the layout's own font
 * metrics and the insets fitFontSize assumes (0.1 in a side unless the style sets one).
 */
export function overflowingTexts(slide: SlideSpec): string[] {
  return slide.elements
    .filter((element): element is TextElement => element.type === 'text')
    .filter((element) => {
      const inset = element.style.insetIn ?? 0.1;
      const width = element.box.wIn - 2 * inset;
      const height = paragraphs(element).reduce(
        (sum, p) => sum + linesHeightIn(countLines(p.text, width, p.sizePt, p.bold), p.sizePt),
        0,
      );
      return height > element.box.hIn - Math.min(inset, 0.05) + EPSILON_IN;
    })
    .map(describe);
}
