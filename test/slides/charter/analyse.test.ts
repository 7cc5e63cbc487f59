import { describe, expect, it } from 'vitest';
import {
  analyseCharter,
  countWords,
  DEFAULT_CHARTER_PARAMS,
} from '../../../src/slides/charter/analyse.js';
import { charterModel, SAMPLE_SECTIONS } from './fixtures.js';

describe('analyseCharter', () => {
  it('keeps the sections in order and counts paragraphs, bullets and words by hand', () => {
    const result = analyseCharter(charterModel(SAMPLE_SECTIONS), DEFAULT_CHARTER_PARAMS);
    expect(result.sections.map((s) => s.title)).toEqual([
      'Purpose',
      'Objectives',
      'Scope',
      'Value proposition',
      'Success measures',
      'Governance',
      'Review cadence',
    ]);
    // Paragraphs: 1 + 2 + 1 + 1 + 1 + 1 + 1 = 8; bullets: 2 + 1 + 1 + 1 = 5.
    expect(result.paragraphCount).toBe(8);
    expect(result.bulletCount).toBe(5);
    expect(result.purpose).toEqual({
      section: 0,
      text: 'Grow and protect our most important healthcare relationships.',
    });
  });

  it('counts the words of titles and paragraphs (by hand)', () => {
    // "Scope" 1 + "All key accounts" 3 + "North America only" 3 = 7.
    const list = [
      {
        title: 'Scope',
        paragraphs: [
          { text: 'All key accounts', bullet: false },
          { text: 'North America only', bullet: true },
        ],
        row: 2,
      },
    ];
    expect(analyseCharter(charterModel(list), DEFAULT_CHARTER_PARAMS).wordCount).toBe(7);
  });

  it.each([
    ['single', 1],
    ['  two   words ', 2],
    ['', 0],
    ['NRR ≥ 110%', 3],
  ])('countWords(%j) = %i', (text, count) => {
    expect(countWords(text)).toBe(count);
  });

  it('finds a Mission section written in any case, but only when it is one paragraph', () => {
    const mission = [
      { title: 'MISSION', paragraphs: [{ text: 'Be the partner.', bullet: false }], row: 2 },
    ];
    expect(analyseCharter(charterModel(mission), DEFAULT_CHARTER_PARAMS).purpose?.text).toBe(
      'Be the partner.',
    );
    const two = [
      {
        ...mission[0],
        title: 'Purpose',
        paragraphs: [
          { text: 'a', bullet: false },
          { text: 'b', bullet: true },
        ],
        row: 2,
      },
    ];
    expect(analyseCharter(charterModel(two), DEFAULT_CHARTER_PARAMS).purpose).toBeUndefined();
  });

  it('returns nothing to show without a charter', () => {
    const model = { ...charterModel([]), charter: undefined };
    expect(analyseCharter(model, DEFAULT_CHARTER_PARAMS)).toMatchObject({
      sections: [],
      paragraphCount: 0,
      purpose: undefined,
    });
  });
});
