/**
 * DeckSpec / SlideSpec: what composing produces and rendering consumes. Plain JSON-able data in
 * pptxgenjs's own vocabulary (inches, points, hex colours, chart kinds), so rendering is a mapping
 * and slide composition can be tested without writing a file.
 */

export interface Box {
  xIn: number;
  yIn: number;
  wIn: number;
  hIn: number;
}

export type FontRole = 'heading' | 'body';
export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface TextStyle {
  font: FontRole;
  sizePt: number;
  /** Hex colour without '#'. */
  color: string;
  bold?: boolean;
  italic?: boolean;
  align?: HAlign;
  valign?: VAlign;
  fill?: string;
  /** Inner padding in inches (pptxgenjs default otherwise). */
  insetIn?: number;
  /** Let PowerPoint shrink text that would overflow (a safety net; we size text ourselves). */
  shrinkToFit?: boolean;
}

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  sizePt?: number;
  /** Start a new paragraph after this run. */
  breakLine?: boolean;
  bullet?: boolean;
}

export interface TextElement {
  type: 'text';
  box: Box;
  text: string | TextRun[];
  style: TextStyle;
}

export interface LineStyle {
  color: string;
  widthPt: number;
  dash?: 'solid' | 'dash' | 'sysDot';
}

export interface ShapeElement {
  type: 'shape';
  shape: 'rect' | 'roundRect' | 'ellipse' | 'diamond' | 'line';
  box: Box;
  fill?: string;
  line?: LineStyle;
  text?: { value: string; style: TextStyle };
}

export interface TableCell {
  text: string;
  bold?: boolean;
  color?: string;
  fill?: string;
  align?: HAlign;
}

export interface TableElement {
  type: 'table';
  box: Box;
  columnWidthsIn: number[];
  /** First row is the header row. */
  rows: TableCell[][];
  style: {
    font: FontRole;
    sizePt: number;
    color: string;
    headerFill: string;
    headerColor: string;
    borderColor: string;
    rowHeightIn: number;
  };
}

export interface ChartSeries {
  name: string;
  labels: string[];
  values: number[];
  /** One colour per series (always explicit: pptxgenjs picks random colours past its palette). */
  color: string;
}

export interface ChartLayer {
  type: 'bar' | 'line' | 'doughnut' | 'pie';
  series: ChartSeries[];
  /** Plot on the secondary value axis (combo charts). */
  secondaryAxis?: boolean;
  barDirection?: 'col' | 'bar';
  grouping?: 'clustered' | 'stacked' | 'percentStacked';
  /** Bar gap as % of bar width. */
  gapWidthPct?: number;
  lineWidthPt?: number;
  lineDash?: 'solid' | 'dash' | 'sysDot';
  showMarkers?: boolean;
}

export interface AxisSpec {
  min?: number;
  max?: number;
  /** Excel number format code, e.g. `0%` or `$#,##0.0,,"M"`. */
  numberFormat?: string;
  title?: string;
  hidden?: boolean;
  gridlines?: boolean;
}

export interface ChartSpec {
  layers: ChartLayer[];
  categoryAxis: { labelRotateDeg?: number; labelFontSizePt?: number; hidden?: boolean };
  valueAxis: AxisSpec;
  secondaryValueAxis?: AxisSpec;
  legend: 'bottom' | 'top' | 'right' | 'none';
  dataLabels?: { numberFormat: string; position?: 'outEnd' | 'inEnd' | 'ctr' | 'bestFit' };
  holeSizePct?: number;
  font: FontRole;
  fontSizePt: number;
  textColor: string;
  gridColor: string;
  /** Accessible description of the chart. */
  altText: string;
}

export interface ChartElement {
  type: 'chart';
  box: Box;
  chart: ChartSpec;
}

export interface ImageElement {
  type: 'image';
  box: Box;
  /** data:image/png;base64,... */
  data: string;
  altText: string;
}

export type SlideElement = TextElement | ShapeElement | TableElement | ChartElement | ImageElement;

/** Which master the slide sits on: content slides carry the footer; the title slide does not. */
export type MasterKind = 'title' | 'content';

export interface SlideSpec {
  kind: string;
  master: MasterKind;
  /** Slide title, also used for the agenda and accessibility. */
  title: string;
  notes: string;
  elements: SlideElement[];
}

export interface MasterSpec {
  slide: { wIn: number; hIn: number };
  background: string;
  titleBackground: string;
  accentBar: { box: Box; color: string };
  footer: { box: Box; text: string; color: string; sizePt: number };
  slideNumber?: { box: Box; color: string; sizePt: number };
  logo?: { data: string; box: Box };
}

export interface DeckSpec {
  meta: { title: string; subject: string; author: string; company: string };
  /** Written into document properties; taken from the deck's as-of date for determinism. */
  timestamp: Date;
  fonts: { heading: string; body: string };
  master: MasterSpec;
  slides: SlideSpec[];
}
