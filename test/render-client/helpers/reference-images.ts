/**
 * Visual regression against committed reference images (test/render-client/reference/<name>.png,
 * 60 dpi, made with Debian 12's LibreOffice 7.4 and fonts-liberation2, as CI installs them).
 * Renderings of the same slide differ by anti-aliasing noise only (measured: mean ≤ 0.07, no pixel
 * past the channel tolerance); the tolerance absorbs that while layout changes fail (measured:
 * the Pareto cut moved from 80% to 75% → 0.9% of pixels differ; one bar fewer → 4.4%):
 *
 * - a pixel "differs" when one of its channels differs by more than 48 (of 255), so a shade of
 *   colour does not count but a glyph, bar or line that moved does;
 * - a slide fails when more than 0.1% of its pixels differ, or when the mean absolute difference
 *   over all pixels and channels exceeds 0.5 (of 255).
 *
 * Changing one number in a text leaves fewer pixels than that: numbers are checked by the chart
 * read-back and the page text, not here.
 *
 * Refresh the references deliberately, after looking at the new pages:
 * `npm run test:render:update` (sets UPDATE_REFERENCES=1).
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import {
  compareImages,
  decodePng,
  type ImageDifference,
  type Pixels,
} from '../../../src/render/preview/pixels.js';

export const REFERENCE_DIR = 'test/render-client/reference';
export const TOLERANCE = { channel: 48, differingShare: 0.001, meanAbsDiff: 0.5 } as const;

export function updatingReferences(): boolean {
  return process.env['UPDATE_REFERENCES'] === '1';
}

export type ReferenceOutcome =
  | { status: 'updated'; reference: string }
  | { status: 'missing'; reference: string }
  | { status: 'size-changed'; reference: string; detail: string }
  | { status: 'compared'; reference: string; difference: ImageDifference; within: boolean };

/** Red where the images differ beyond the channel tolerance, the reference faded elsewhere. */
async function writeDiffImage(a: Pixels, b: Pixels, path: string): Promise<void> {
  const canvas = createCanvas(a.width, a.height);
  const context = canvas.getContext('2d');
  const image = context.createImageData(a.width, a.height);
  for (let p = 0; p < a.width * a.height; p++) {
    let largest = 0;
    for (let c = 0; c < 3; c++)
      largest = Math.max(largest, Math.abs((a.data[p * 4 + c] ?? 0) - (b.data[p * 4 + c] ?? 0)));
    const faded = 200 + ((a.data[p * 4] ?? 0) * 55) / 255;
    const differs = largest > TOLERANCE.channel;
    image.data.set(differs ? [220, 0, 0, 255] : [faded, faded, faded, 255], p * 4);
  }
  context.putImageData(image, 0, 0);
  await writeFile(path, await canvas.encode('png'));
}

/**
 * Compares a rendered page with the reference `name`, or replaces the reference when updating.
 * On a difference the page and a diff image are kept in `failureDir` for a person to look at.
 */
export async function checkAgainstReference(
  name: string,
  page: string,
  failureDir: string,
): Promise<ReferenceOutcome> {
  const reference = join(REFERENCE_DIR, `${name}.png`);
  if (updatingReferences()) {
    await mkdir(REFERENCE_DIR, { recursive: true });
    await copyFile(page, reference);
    return { status: 'updated', reference };
  }
  if (!existsSync(reference)) return { status: 'missing', reference };
  const expected = await decodePng(await readFile(reference));
  const actual = await decodePng(await readFile(page));
  if (expected.width !== actual.width || expected.height !== actual.height)
    return {
      status: 'size-changed',
      reference,
      detail: `${actual.width}×${actual.height} px, reference ${expected.width}×${expected.height} px`,
    };
  const difference = compareImages(actual, expected, TOLERANCE.channel);
  const within =
    difference.differingShare <= TOLERANCE.differingShare &&
    difference.meanAbsDiff <= TOLERANCE.meanAbsDiff;
  if (!within) {
    await mkdir(failureDir, { recursive: true });
    await copyFile(page, join(failureDir, `${name}.actual.png`));
    await writeDiffImage(actual, expected, join(failureDir, `${name}.diff.png`));
  }
  return { status: 'compared', reference, difference, within };
}
