/**
 * Pixel statistics of rendered pages: whether a page (or a region of it) is empty, and how far two
 * renderings of the same page differ. Values are 0–255 per channel.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8ClampedArray;
}

/** A rectangle in whole pixels. */
export interface PixelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export async function decodePng(png: Uint8Array): Promise<Pixels> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  return { width: image.width, height: image.height, data };
}

function clip(image: Pixels, box: PixelBox): PixelBox {
  const x = Math.max(0, Math.floor(box.x));
  const y = Math.max(0, Math.floor(box.y));
  const right = Math.min(image.width, Math.ceil(box.x + box.w));
  const bottom = Math.min(image.height, Math.ceil(box.y + box.h));
  return { x, y, w: Math.max(0, right - x), h: Math.max(0, bottom - y) };
}

function inside(box: PixelBox, x: number, y: number): boolean {
  return x >= box.x && x < box.x + box.w && y >= box.y && y < box.y + box.h;
}

/**
 * Variance of the luminance over `region` (default: the whole image), leaving out pixels in any
 * `exclude` box. 0 for a uniform area; text or a chart makes it large (hundreds).
 */
export function luminanceVariance(
  image: Pixels,
  region: PixelBox = { x: 0, y: 0, w: image.width, h: image.height },
  exclude: readonly PixelBox[] = [],
): number {
  const area = clip(image, region);
  let count = 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (let y = area.y; y < area.y + area.h; y++) {
    for (let x = area.x; x < area.x + area.w; x++) {
      if (exclude.some((box) => inside(box, x, y))) continue;
      const i = (y * image.width + x) * 4;
      const luminance =
        0.2126 * (image.data[i] ?? 0) +
        0.7152 * (image.data[i + 1] ?? 0) +
        0.0722 * (image.data[i + 2] ?? 0);
      count++;
      sum += luminance;
      sumOfSquares += luminance * luminance;
    }
  }
  if (count === 0) return 0;
  const mean = sum / count;
  return Math.max(0, sumOfSquares / count - mean * mean);
}

/** Below this luminance variance a page shows nothing but its background. */
export const BLANK_VARIANCE = 1;

export function isBlank(image: Pixels): boolean {
  return luminanceVariance(image) < BLANK_VARIANCE;
}

export interface ImageDifference {
  /** Mean absolute difference over all pixels and the R, G and B channels (0–255). */
  meanAbsDiff: number;
  /** Share of pixels (0–1) where some channel differs by more than `channelTolerance`. */
  differingShare: number;
}

/** Compares two images of the same size. */
export function compareImages(a: Pixels, b: Pixels, channelTolerance: number): ImageDifference {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`images differ in size: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  const pixels = a.width * a.height;
  let total = 0;
  let differing = 0;
  for (let p = 0; p < pixels; p++) {
    let largest = 0;
    for (let c = 0; c < 3; c++) {
      const diff = Math.abs((a.data[p * 4 + c] ?? 0) - (b.data[p * 4 + c] ?? 0));
      total += diff;
      largest = Math.max(largest, diff);
    }
    if (largest > channelTolerance) differing++;
  }
  return { meanAbsDiff: total / (pixels * 3), differingShare: differing / pixels };
}
