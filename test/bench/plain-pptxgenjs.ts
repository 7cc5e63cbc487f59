/**
 * The benchmark's baseline: the same slides written with plain pptxgenjs calls from precomputed
 * data — what a hand-written script that already knows every number and position would cost.
 * It replays a DeckSpec (read from JSON) element by element with pptxgenjs's own options and
 * writes pptxgenjs's package as is: no analysis, no templates, no text fitting, no normaliser.
 */
import * as pptxModule from 'pptxgenjs';
import type * as Pptx from 'pptxgenjs';
import type { ChartElement, DeckSpec, SlideElement } from '../../src/compose/spec.js';

type Presentation = Pptx.default;
type Slide = Pptx.default.Slide;
type Ctor = new () => Presentation;
const loaded = pptxModule as unknown as { default: Ctor | { default: Ctor } };
const PptxGenJS: Ctor =
  typeof loaded.default === 'function' ? loaded.default : loaded.default.default;

const at = (box: { xIn: number; yIn: number; wIn: number; hIn: number }) => ({
  x: box.xIn,
  y: box.yIn,
  w: box.wIn,
  h: box.hIn,
});

function chartOf(pptx: Presentation, slide: Slide, element: ChartElement): void {
  const { chart } = element;
  const layers = chart.layers.map((layer) => {
    const xy = layer.type === 'scatter' || layer.type === 'bubble';
    const series = layer.series.map((s) => ({
      name: s.name,
      labels: s.labels,
      values: s.values,
      ...(s.sizes === undefined ? {} : { sizes: s.sizes }),
    }));
    return {
      type: pptx.ChartType[layer.type] as unknown as Pptx.default.CHART_NAME,
      data: xy ? [{ name: 'X', values: layer.xValues ?? [] }, ...series] : series,
      options: {
        chartColors: layer.series.map((s) => s.color),
        ...(layer.secondaryAxis === true ? { secondaryValAxis: true, secondaryCatAxis: true } : {}),
        ...(layer.type === 'bar' ? { barDir: layer.barDirection ?? 'col' } : {}),
      },
    };
  });
  const options = {
    ...at(element.box),
    showLegend: chart.legend !== 'none',
    valAxisLabelFormatCode: chart.valueAxis.numberFormat ?? 'General',
    fontSize: chart.fontSizePt,
  };
  const [first, ...rest] = layers;
  if (first === undefined) return;
  if (rest.length === 0) {
    slide.addChart(first.type, first.data, {
      ...options,
      ...first.options,
    } as Pptx.default.IChartOpts);
    return;
  }
  const secondary = chart.layers.some((layer) => layer.secondaryAxis === true);
  slide.addChart(
    layers as never,
    {
      ...options,
      valAxes: secondary ? [{}, {}] : [{}],
      catAxes: secondary ? [{}, { catAxisHidden: true }] : [{}],
    } as never,
  );
}

function elementOf(pptx: Presentation, slide: Slide, element: SlideElement): void {
  switch (element.type) {
    case 'text': {
      const text =
        typeof element.text === 'string'
          ? element.text
          : element.text.map((run) => ({
              text: run.text,
              options: { bold: run.bold, breakLine: run.breakLine, bullet: run.bullet },
            }));
      slide.addText(text, {
        ...at(element.box),
        fontSize: element.style.sizePt,
        color: element.style.color,
        bold: element.style.bold,
        align: element.style.align,
        valign: element.style.valign,
      });
      return;
    }
    case 'shape': {
      const shape = pptx.ShapeType[element.shape];
      const options = {
        ...at(element.box),
        ...(element.fill === undefined ? {} : { fill: { color: element.fill } }),
        ...(element.line === undefined
          ? {}
          : { line: { color: element.line.color, width: element.line.widthPt } }),
      };
      if (element.text === undefined) slide.addShape(shape, options);
      else
        slide.addText(element.text.value, {
          shape,
          ...options,
          fontSize: element.text.style.sizePt,
        });
      return;
    }
    case 'table':
      slide.addTable(
        element.rows.map((row) =>
          row.map((cell) => ({
            text: cell.text,
            options: {
              bold: cell.bold,
              fill: cell.fill === undefined ? undefined : { color: cell.fill },
            },
          })),
        ),
        {
          ...at(element.box),
          colW: element.columnWidthsIn,
          fontSize: element.style.sizePt,
          autoPage: false,
        },
      );
      return;
    case 'chart':
      return chartOf(pptx, slide, element);
    case 'image':
      slide.addImage({ data: element.data, ...at(element.box) });
      return;
  }
}

/**
 * The deck's slides as plain pptxgenjs output bytes. `compressed`: pptxgenjs's own DEFLATE (its
 * `STREAM` output with `compression: true`), comparable with kamdeck's compressed decks; otherwise
 * what `writeFile()` does in Node by default, a zip of stored (uncompressed) entries.
 */
export async function writePlainDeck(deck: DeckSpec, compressed: boolean): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'BENCH', width: deck.master.slide.wIn, height: deck.master.slide.hIn });
  pptx.layout = 'BENCH';
  pptx.title = deck.meta.title;
  for (const spec of deck.slides) {
    const slide = pptx.addSlide();
    for (const element of spec.elements) elementOf(pptx, slide, element);
    if (spec.notes !== '') slide.addNotes(spec.notes);
  }
  const output = compressed ? 'STREAM' : 'uint8array';
  return (await pptx.write({ outputType: output, compression: compressed })) as Uint8Array;
}
