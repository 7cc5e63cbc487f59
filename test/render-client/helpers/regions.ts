/**
 * Where things should be on a page image: DeckSpec boxes (inches) scaled to the image's pixels, the
 * master's chrome (accent bar, footer, slide number, logo) and the elements that must show ink.
 */
import type { Box, DeckSpec, SlideElement, SlideSpec } from '../../../src/compose/spec.js';
import type { PixelBox, Pixels } from '../../../src/render/preview/pixels.js';

export function toPixels(box: Box, scale: number, marginPx = 0): PixelBox {
  return {
    x: box.xIn * scale - marginPx,
    y: box.yIn * scale - marginPx,
    w: box.wIn * scale + 2 * marginPx,
    h: box.hIn * scale + 2 * marginPx,
  };
}

/** Pixels per inch of this page image. */
export function pageScale(image: Pixels, deck: DeckSpec): number {
  return image.width / deck.master.slide.wIn;
}

/** The master's own shapes on a slide, widened a little for anti-aliasing. */
export function chromeBoxes(deck: DeckSpec, slide: SlideSpec, scale: number): PixelBox[] {
  if (slide.master !== 'content') return [];
  const { accentBar, footer, slideNumber, logo } = deck.master;
  const boxes = [accentBar.box, footer.box, slideNumber?.box, logo?.box];
  return boxes.filter((box): box is Box => box !== undefined).map((box) => toPixels(box, scale, 2));
}

function textOf(element: SlideElement): string {
  if (element.type === 'text')
    return typeof element.text === 'string'
      ? element.text
      : element.text.map((run) => run.text).join('');
  if (element.type === 'shape') return element.text?.value ?? '';
  return '';
}

/**
 * Elements that must put something visible on the page: charts, tables, images and any text. A
 * shape without text may legitimately match its background (a spacer), so it is not checked.
 */
export function inkedElements(slide: SlideSpec): SlideElement[] {
  return slide.elements.filter((element) =>
    element.type === 'chart' || element.type === 'table' || element.type === 'image'
      ? true
      : textOf(element).trim() !== '',
  );
}

export function describeElement(element: SlideElement): string {
  const text = textOf(element).replace(/\s+/g, ' ').trim();
  const label = text === '' ? '' : ` "${text.length > 40 ? `${text.slice(0, 37)}...` : text}"`;
  const { xIn, yIn, wIn, hIn } = element.box;
  const at = [xIn, yIn, wIn, hIn].map((n) => n.toFixed(2)).join(', ');
  return `${element.type}${label} at (${at}) in`;
}
