/** Test images drawn in the test: uniform pages and pages with a mark on them, as PNG bytes. */
import { createCanvas } from '@napi-rs/canvas';

export async function pagePng(
  options: { width?: number; height?: number; background?: string; mark?: string } = {},
): Promise<Uint8Array> {
  const { width = 160, height = 90, background = '#FFFFFF', mark } = options;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  if (mark !== undefined) {
    context.fillStyle = mark;
    context.fillRect(width / 4, height / 4, width / 2, height / 8);
  }
  return new Uint8Array(await canvas.encode('png'));
}
