/**
 * DeckSpec → .pptx bytes with pptxgenjs. A mapping only: every position, colour and text was
 * decided while composing. The package is normalised afterwards (see KNOWN-DEFECTS.md) so it opens
 * in PowerPoint without repair and the same spec always gives the same bytes.
 */
import type { DeckSpec, MasterSpec, SlideElement, SlideSpec } from '../../compose/spec.js';
import { addChart } from './render-chart.js';
import { addShape, addTable, addText, fontFace, position } from './render-elements.js';
import { normalisePackage } from './normalise-package.js';
import { PptxGenJS, type Presentation, type PptxSlide } from './pptxgen.js';

const MASTER_NAMES = { content: 'KAMDECK_CONTENT', title: 'KAMDECK_TITLE' } as const;
const LAYOUT_NAME = 'KAMDECK_16x9';

function defineMasters(pptx: Presentation, master: MasterSpec, fonts: DeckSpec['fonts']): void {
  const { footer, accentBar, logo, slideNumber } = master;
  const body = fontFace(fonts, 'body');
  pptx.defineSlideMaster({
    title: MASTER_NAMES.content,
    background: { color: master.background },
    objects: [
      { rect: { ...position(accentBar.box), fill: { color: accentBar.color } } },
      {
        text: {
          text: footer.text,
          options: {
            ...position(footer.box),
            fontFace: body,
            fontSize: footer.sizePt,
            color: footer.color,
            valign: 'middle',
            margin: 0,
          },
        },
      },
      ...(logo ? [{ image: { data: logo.data, ...position(logo.box) } }] : []),
    ],
    ...(slideNumber
      ? {
          slideNumber: {
            ...position(slideNumber.box),
            fontFace: body,
            fontSize: slideNumber.sizePt,
            color: slideNumber.color,
            align: 'right' as const,
            valign: 'middle' as const,
            margin: 0,
          },
        }
      : {}),
  });
  pptx.defineSlideMaster({
    title: MASTER_NAMES.title,
    background: { color: master.titleBackground },
    objects: [],
  });
}

function addElement(
  pptx: Presentation,
  slide: PptxSlide,
  element: SlideElement,
  fonts: DeckSpec['fonts'],
): void {
  switch (element.type) {
    case 'text':
      return addText(slide, element, fonts);
    case 'shape':
      return addShape(pptx, slide, element, fonts);
    case 'table':
      return addTable(slide, element, fonts);
    case 'chart':
      return addChart(pptx, slide, element, fonts);
    case 'image':
      slide.addImage({ data: element.data, ...position(element.box), altText: element.altText });
      return;
  }
}

function addSlide(pptx: Presentation, spec: SlideSpec, fonts: DeckSpec['fonts']): void {
  const slide = pptx.addSlide({ masterName: MASTER_NAMES[spec.master] });
  for (const element of spec.elements) addElement(pptx, slide, element, fonts);
  if (spec.notes !== '') slide.addNotes(spec.notes);
}

/** Renders the deck and returns normalised package bytes. */
export async function renderDeck(deck: DeckSpec): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({
    name: LAYOUT_NAME,
    width: deck.master.slide.wIn,
    height: deck.master.slide.hIn,
  });
  pptx.layout = LAYOUT_NAME;
  pptx.title = deck.meta.title;
  pptx.subject = deck.meta.subject;
  pptx.author = deck.meta.author;
  pptx.company = deck.meta.company;
  pptx.revision = '1';
  pptx.theme = {
    headFontFace: fontFace(deck.fonts, 'heading'),
    bodyFontFace: fontFace(deck.fonts, 'body'),
  };
  defineMasters(pptx, deck.master, deck.fonts);
  for (const slide of deck.slides) addSlide(pptx, slide, deck.fonts);
  // Stored, not deflated: normalisePackage rewrites every part and deflates each exactly once.
  const written = (await pptx.write({
    outputType: 'uint8array',
    compression: false,
  })) as Uint8Array;
  return normalisePackage(written, { timestamp: deck.timestamp, colorScheme: deck.colorScheme });
}
