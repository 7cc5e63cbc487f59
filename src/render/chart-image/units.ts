/**
 * Sizes for chart images. Chart.js lays out in CSS pixels (96 per inch); the canvas is drawn at
 * DEVICE_PIXEL_RATIO times that, so a chart box of w × h inches becomes a PNG of
 * w·192 × h·192 pixels: twice the box's CSS size, at 192 dpi on the slide.
 */
import type { LineStyle } from '../../compose/spec.js';

export const CSS_PX_PER_IN = 96;
export const DEVICE_PIXEL_RATIO = 2;
/** PowerPoint's axis lines as pptxgenjs writes them: grey, 1 pt. */
export const AXIS_LINE_COLOR = '#888888';
export const AXIS_LINE_PT = 1;

export function inToPx(inches: number): number {
  return inches * CSS_PX_PER_IN;
}

export function ptToPx(points: number): number {
  return (points * CSS_PX_PER_IN) / 72;
}

/** '1F6FB2' → '#1F6FB2'; with an opacity (0–1), an rgba() colour. */
export function cssColor(hex: string, opacity = 1): string {
  const digits = hex.replace('#', '');
  if (opacity >= 1) return `#${digits}`;
  const value = Number.parseInt(digits, 16);
  const channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
  return `rgba(${channels.join(', ')}, ${opacity})`;
}

/** PowerPoint's dash patterns in multiples of the line width. */
export function dashPattern(dash: LineStyle['dash'], widthPx: number): number[] {
  if (dash === 'dash') return [4 * widthPx, 3 * widthPx];
  if (dash === 'sysDot') return [widthPx, widthPx];
  return [];
}
