/**
 * DeckSpec / SlideSpec: what composing produces and rendering consumes. Plain JSON-able data in
 * pptxgenjs's own vocabulary (inches, points, hex colours, chart kinds), so rendering is a mapping
 * and slide composition can be tested without writing a file.
 */
import type { ColorSlot } from '../theme/theme-schema.js';

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
  /** Arrowhead at the line's end point (lines only), e.g. to show a direction of influence. */
  endArrow?: 'triangle';
}

export interface ShapeElement {
  type: 'shape';
  shape: 'rect' | 'roundRect' | 'ellipse' | 'diamond' | 'line';
  box: Box;
  fill?: string;
  line?: LineStyle;
  text?: { value: string; style: TextStyle };
  /**
   * Mirror the shape. A line runs from the box's top-left to its bottom-right corner; flipH makes
   * it start at the right, flipV at the bottom (so a line can go up-right or down-left).
   */
  flipH?: boolean;
  flipV?: boolean;
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
  /** One height per row, overriding `style.rowHeightIn` (e.g. a taller header row). */
  rowHeightsIn?: number[];
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
  /**
   * Bar series only: drawn with no fill at all (`a:noFill`), e.g. the base that lifts a
   * waterfall's movement bars; gridlines stay visible through it. pptxgenjs 4.0.1 writes legend
   * entries and data labels for every series, so a chart with an invisible series must have
   * `legend: 'none'` and no `dataLabels` (the renderer refuses otherwise).
   */
  invisible?: boolean;
  /** Bubble layers only: one size per point, > 0; PowerPoint scales each bubble's area to it. */
  sizes?: number[];
  /**
   * Bar layers with this as their only series: one colour per value (category), written as
   * data-point colours, e.g. bars coloured by status. `color` stays the series colour.
   */
  pointColors?: string[];
}

export interface ChartLayer {
  /** `scatter` and `bubble` plot numbers on both axes; they cannot be combined with other layers. */
  type: 'bar' | 'line' | 'doughnut' | 'pie' | 'scatter' | 'bubble';
  series: ChartSeries[];
  /** Scatter and bubble layers: the X value of each point; each series' `values` are its Y values. */
  xValues?: number[];
  /** Bubble layers: fill opacity 1–100 (default opaque), so overlapping bubbles stay visible. */
  fillOpacityPct?: number;
  /** Bubble layers: outline of each bubble (default: none). */
  outline?: LineStyle;
  /** Plot on the secondary value axis (combo charts). */
  secondaryAxis?: boolean;
  barDirection?: 'col' | 'bar';
  grouping?: 'clustered' | 'stacked' | 'percentStacked';
  /** Bar gap as % of bar width. */
  gapWidthPct?: number;
  lineWidthPt?: number;
  lineDash?: 'solid' | 'dash' | 'sysDot';
  showMarkers?: boolean;
  /** Scatter layers: marker size in points (default 7). */
  markerSizePt?: number;
}

export interface AxisSpec {
  min?: number;
  max?: number;
  /** Excel number format code, e.g. `0%` or `$#,##0.0,,"M"`. */
  numberFormat?: string;
  title?: string;
  hidden?: boolean;
  gridlines?: boolean;
  /** Distance between ticks and gridlines. */
  majorUnit?: number;
  /**
   * Scatter and bubble charts: the value on this axis where the other axis crosses it (e.g. 5.5
   * draws a quadrant line); the tick labels stay at the plot's edge.
   */
  crossesAt?: number;
  /** The axis line itself (default: the renderer's grey). */
  line?: LineStyle;
}

export interface ChartSpec {
  layers: ChartLayer[];
  categoryAxis: { labelRotateDeg?: number; labelFontSizePt?: number; hidden?: boolean };
  valueAxis: AxisSpec;
  secondaryValueAxis?: AxisSpec;
  /** Scatter and bubble charts: the horizontal value axis (`valueAxis` is the vertical one). */
  xAxis?: AxisSpec;
  /**
   * The inner plot area (inside the axes) in slide inches, fixed so that shapes and text can be
   * placed at data coordinates; must lie inside the chart's box. Default: PowerPoint lays it out.
   */
  plotArea?: Box;
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
  /**
   * The theme's twelve colours and name, written into the deck's theme part so that PowerPoint
   * offers the brand colours for anything a user adds.
   */
  colorScheme: { name: string; colors: Record<ColorSlot, string> };
  master: MasterSpec;
  slides: SlideSpec[];
}
