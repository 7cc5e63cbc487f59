/**
 * `npx tsx themes/scripts/sample-logo.ts`: draws themes/assets/kamdeck-logo.png, the sample logo of the
 * bundled `midnight` theme (light marks on a transparent background, for dark slides). Drawn from
 * fixed shapes and the bundled chart font, so running it again writes the same bytes.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { BUNDLED_THEMES_DIR } from '../../src/paths.js';
import { chartFontFamily } from '../../src/render/chart-image/fonts.js';

const WIDTH = 600;
const HEIGHT = 150;
const MARK = { x: 6, y: 11, size: 128, radius: 26, color: '#4CA3F0' };
const BARS = { color: '#0E1A2B', widths: 22, gap: 12, heights: [40, 64, 88] };
const WORDMARK = { text: 'kamdeck', color: '#E8EEF5', sizePx: 92, x: 160, baseline: 108 };

const canvas = createCanvas(WIDTH, HEIGHT);
const ctx = canvas.getContext('2d');
ctx.lang = 'en';

ctx.fillStyle = MARK.color;
ctx.beginPath();
ctx.roundRect(MARK.x, MARK.y, MARK.size, MARK.size, MARK.radius);
ctx.fill();

// Three rising bars inside the mark: a chart, as the deck is made of them.
ctx.fillStyle = BARS.color;
const barsWidth = BARS.heights.length * BARS.widths + (BARS.heights.length - 1) * BARS.gap;
const left = MARK.x + (MARK.size - barsWidth) / 2;
const bottom = MARK.y + MARK.size - 22;
BARS.heights.forEach((height, index) => {
  ctx.fillRect(left + index * (BARS.widths + BARS.gap), bottom - height, BARS.widths, height);
});

ctx.fillStyle = WORDMARK.color;
ctx.font = `bold ${WORDMARK.sizePx}px ${chartFontFamily()}`;
ctx.fillText(WORDMARK.text, WORDMARK.x, WORDMARK.baseline);

const target = join(BUNDLED_THEMES_DIR, 'assets', 'kamdeck-logo.png');
await writeFile(target, canvas.toBuffer('image/png'));
console.log(`Wrote ${target}`);
