/**
 * The contact sheet: every page as a thumbnail in one PNG grid, each with its slide number, so a
 * whole deck can be looked over at a glance.
 */
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import { labelFontFamily } from './fonts.js';

export interface ContactSheetOptions {
  /** Thumbnails per row (default 4, fewer when the deck is shorter). */
  columns?: number;
  /** Width of each thumbnail in pixels (default 320). */
  thumbWidthPx?: number;
  /** A .ttf/.otf file for the numbers (default: a system font, see fonts.ts). */
  fontFile?: string;
}

export interface ContactSheet {
  png: Uint8Array;
  /** False when no font was found: the thumbnails are there, their numbers are not. */
  labelled: boolean;
}

/** Measures of the grid in pixels. */
export const SHEET = {
  margin: 16,
  gap: 16,
  labelHeight: 26,
  labelSizePx: 16,
  background: '#E9EBEE',
  border: '#A7ADB5',
  labelColor: '#1F2933',
} as const;

export interface SheetLayout {
  columns: number;
  rows: number;
  thumb: { w: number; h: number };
  width: number;
  height: number;
}

export function contactSheetLayout(
  pages: number,
  aspect: number,
  options: ContactSheetOptions = {},
): SheetLayout {
  const columns = Math.max(1, Math.min(options.columns ?? 4, pages));
  const rows = Math.max(1, Math.ceil(pages / columns));
  const w = options.thumbWidthPx ?? 320;
  const h = Math.round(w * aspect);
  return {
    columns,
    rows,
    thumb: { w, h },
    width: SHEET.margin * 2 + columns * w + (columns - 1) * SHEET.gap,
    height: SHEET.margin * 2 + rows * (SHEET.labelHeight + h) + (rows - 1) * SHEET.gap,
  };
}

/** Top-left corner of cell `index` (its label band; the thumbnail sits below it). */
export function cellOrigin(layout: SheetLayout, index: number): { x: number; y: number } {
  const column = index % layout.columns;
  const row = Math.floor(index / layout.columns);
  return {
    x: SHEET.margin + column * (layout.thumb.w + SHEET.gap),
    y: SHEET.margin + row * (SHEET.labelHeight + layout.thumb.h + SHEET.gap),
  };
}

/** Composes page PNGs (in slide order) into one grid with numbers. */
export async function composeContactSheet(
  pages: readonly Uint8Array[],
  options: ContactSheetOptions = {},
): Promise<ContactSheet> {
  const images: Image[] = [];
  for (const page of pages) images.push(await loadImage(page));
  const first = images[0];
  const aspect = first === undefined ? 9 / 16 : first.height / first.width;
  const layout = contactSheetLayout(images.length, aspect, options);
  const canvas = createCanvas(layout.width, layout.height);
  const context = canvas.getContext('2d');
  context.fillStyle = SHEET.background;
  context.fillRect(0, 0, layout.width, layout.height);
  const family = labelFontFamily(options.fontFile);
  context.font = `bold ${SHEET.labelSizePx}px "${family ?? 'sans-serif'}"`;
  context.textBaseline = 'middle';
  context.fillStyle = SHEET.labelColor;
  images.forEach((image, index) => {
    const { x, y } = cellOrigin(layout, index);
    const top = y + SHEET.labelHeight;
    context.fillText(String(index + 1), x, y + SHEET.labelHeight / 2);
    context.drawImage(image, x, top, layout.thumb.w, layout.thumb.h);
    context.strokeStyle = SHEET.border;
    context.lineWidth = 1;
    context.strokeRect(x - 0.5, top - 0.5, layout.thumb.w + 1, layout.thumb.h + 1);
  });
  const png = await canvas.encode('png');
  return { png: new Uint8Array(png), labelled: family !== undefined };
}
