/**
 * The optional step between compose and render for `charts: 'image'`: every chart element becomes
 * an image element in the same box, its PNG drawn by an ImageRenderer (render/chart-image/ has
 * the chart.js one). For viewers that mangle native charts: Keynote and Google Slides have known
 * problems with pptxgenjs charts (gitbrent/PptxGenJS#1306, #1396, PR #1273).
 */
import type { Box, ChartSpec, DeckSpec, SlideElement, SlideSpec } from './spec.js';

export interface ChartImageRequest {
  chart: ChartSpec;
  box: Box;
  /** The deck's locale: separators in axis and data labels. */
  locale: string;
  /**
   * The slide background the chart sits on, painted behind it: a transparent PNG gets dark
   * fringes in viewers that scale images without premultiplied alpha (LibreOffice does).
   */
  background: string;
}

export interface ImageRenderer {
  /** PNG bytes of the chart, drawn for its box. */
  renderChart(request: ChartImageRequest): Promise<Uint8Array>;
}

async function elementAsImage(
  element: SlideElement,
  renderer: ImageRenderer,
  locale: string,
  background: string,
): Promise<SlideElement> {
  if (element.type !== 'chart') return element;
  const png = await renderer.renderChart({
    chart: element.chart,
    box: element.box,
    locale,
    background,
  });
  return {
    type: 'image',
    box: element.box,
    data: `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
    altText: element.chart.altText,
  };
}

async function slideAsImages(
  slide: SlideSpec,
  renderer: ImageRenderer,
  locale: string,
  background: string,
): Promise<SlideSpec> {
  const elements: SlideElement[] = [];
  // One chart at a time: the renderer draws on one canvas per chart, and order stays fixed.
  for (const element of slide.elements)
    elements.push(await elementAsImage(element, renderer, locale, background));
  return { ...slide, elements };
}

/** The deck with each chart replaced by a picture of it; everything else unchanged. */
export async function chartsAsImages(
  deck: DeckSpec,
  renderer: ImageRenderer,
  locale: string,
): Promise<DeckSpec> {
  const slides: SlideSpec[] = [];
  for (const slide of deck.slides) {
    const background =
      slide.master === 'title' ? deck.master.titleBackground : deck.master.background;
    slides.push(await slideAsImages(slide, renderer, locale, background));
  }
  return { ...deck, slides };
}
