/** Pixel statistics: variance of a region (blank pages), and differences between two images. */
import { describe, expect, it } from 'vitest';
import {
  compareImages,
  isBlank,
  luminanceVariance,
  type Pixels,
} from '../../../src/render/preview/pixels.js';

/** A 4×1 image from grey levels. */
function row(...levels: number[]): Pixels {
  const data = new Uint8ClampedArray(levels.flatMap((level) => [level, level, level, 255]));
  return { width: levels.length, height: 1, data };
}

describe('luminanceVariance', () => {
  it('is 0 for a uniform image and the population variance otherwise', () => {
    expect(luminanceVariance(row(200, 200, 200, 200))).toBeCloseTo(0, 9);
    // Levels 0, 0, 100, 100: mean 50, variance 2500.
    expect(luminanceVariance(row(0, 0, 100, 100))).toBeCloseTo(2500, 6);
  });

  it('looks only inside the region, leaving out the excluded boxes', () => {
    const image = row(0, 100, 100, 255);
    expect(luminanceVariance(image, { x: 1, y: 0, w: 2, h: 1 })).toBeCloseTo(0, 9);
    expect(
      luminanceVariance(image, undefined, [
        { x: 0, y: 0, w: 1, h: 1 },
        { x: 3, y: 0, w: 1, h: 1 },
      ]),
    ).toBeCloseTo(0, 9);
  });

  it('clips a region that reaches past the image and gives 0 for an empty one', () => {
    expect(luminanceVariance(row(0, 100), { x: -5, y: -5, w: 50, h: 50 })).toBeCloseTo(2500, 6);
    expect(luminanceVariance(row(0, 100), { x: 10, y: 0, w: 5, h: 1 })).toBe(0);
  });
});

describe('isBlank', () => {
  it('calls a uniform page blank, and a page with any mark not', () => {
    expect(isBlank(row(30, 30, 30, 30))).toBe(true);
    expect(isBlank(row(30, 30, 30, 90))).toBe(false);
  });
});

describe('compareImages', () => {
  it('measures the mean difference and the share of pixels past the channel tolerance', () => {
    const difference = compareImages(row(0, 0, 0, 0), row(0, 10, 0, 90), 48);
    expect(difference.meanAbsDiff).toBeCloseTo(25, 9);
    expect(difference.differingShare).toBe(0.25);
  });

  it('refuses images of different sizes', () => {
    expect(() => compareImages(row(0, 0), row(0, 0, 0), 48)).toThrow(/differ in size/);
  });
});
