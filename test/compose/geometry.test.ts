/** The geometry checks the compose tests rely on must catch what they claim to catch. */
import { describe, expect, it } from 'vitest';
import type { SlideSpec, TextElement } from '../../src/compose/spec.js';
import { elementsOutsideSlide, overflowingTexts, overlappingPairs } from '../helpers/compose.js';

function text(xIn: number, yIn: number, wIn: number, hIn: number, value = 'x'): TextElement {
  return {
    type: 'text',
    box: { xIn, yIn, wIn, hIn },
    text: value,
    style: { font: 'body', sizePt: 12, color: '000000' },
  };
}

const slide = (...elements: TextElement[]): SlideSpec => ({
  kind: 'test',
  master: 'content',
  title: 't',
  notes: '',
  elements,
});

describe('compose geometry checks', () => {
  it('flag boxes past the slide edge, and pass boxes that touch it', () => {
    expect(elementsOutsideSlide(slide(text(0, 0, 13.333, 7.5)))).toEqual([]);
    expect(elementsOutsideSlide(slide(text(12, 1, 1.5, 1)))).toHaveLength(1);
    expect(elementsOutsideSlide(slide(text(1, 7, 1, 0.6)))).toHaveLength(1);
    expect(elementsOutsideSlide(slide(text(-0.1, 1, 1, 1)))).toHaveLength(1);
  });

  it('flag overlapping boxes, and pass boxes that only share an edge', () => {
    expect(overlappingPairs(slide(text(1, 1, 2, 1), text(3, 1, 2, 1)))).toEqual([]);
    expect(overlappingPairs(slide(text(1, 1, 2, 1), text(1, 2, 2, 1)))).toEqual([]);
    expect(overlappingPairs(slide(text(1, 1, 2, 1), text(2.9, 1.9, 2, 1)))).toHaveLength(1);
  });

  it('flag text that wraps past the bottom of its box', () => {
    const long = 'a sentence long enough to wrap over several lines in a narrow box';
    expect(overflowingTexts(slide(text(1, 1, 6, 0.4, 'short')))).toEqual([]);
    expect(overflowingTexts(slide(text(1, 1, 1.5, 0.4, long)))).toHaveLength(1);
    expect(overflowingTexts(slide(text(1, 1, 1.5, 2.5, long)))).toEqual([]);
  });
});
