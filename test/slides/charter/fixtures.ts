/** Charter models for the fit and compose tests. */
import type { CharterSection } from '../../../src/model/charter.js';
import type { KamModel } from '../../../src/model/model.js';
import { makeModel, seededRandom } from '../../helpers/model.js';

const WORDS = [
  'account',
  'renewal',
  'clinical',
  'value',
  'governance',
  'roadmap',
  'adoption',
  'interoperability',
  'the',
  'and',
  'with',
  'every',
  'quarterly',
  'executive',
];

export function sentence(words: number, seed: number): string {
  const random = seededRandom(seed);
  const text = Array.from(
    { length: words },
    () => WORDS[Math.floor(random() * WORDS.length)] ?? 'x',
  ).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** `count` sections of `bullets` bullets of `words` words each (plus an intro line). */
export function sections(count: number, bullets: number, words: number): CharterSection[] {
  return Array.from({ length: count }, (_, s) => ({
    title: `Section ${s + 1}`,
    paragraphs: [
      { text: sentence(words, s * 100), bullet: false },
      ...Array.from({ length: bullets }, (_, b) => ({
        text: sentence(words, s * 100 + b + 1),
        bullet: true,
      })),
    ],
    row: s + 2,
  }));
}

export const SAMPLE_SECTIONS: CharterSection[] = [
  {
    title: 'Purpose',
    paragraphs: [
      { text: 'Grow and protect our most important healthcare relationships.', bullet: false },
    ],
    row: 2,
  },
  {
    title: 'Objectives',
    paragraphs: [
      { text: 'Grow revenue 12%', bullet: true },
      { text: 'Keep GRR at 95%', bullet: true },
    ],
    row: 3,
  },
  {
    title: 'Scope',
    paragraphs: [{ text: 'The 40 key accounts of three divisions.', bullet: false }],
    row: 4,
  },
  {
    title: 'Value proposition',
    paragraphs: [{ text: 'One accountable team', bullet: true }],
    row: 5,
  },
  { title: 'Success measures', paragraphs: [{ text: 'NRR ≥ 110%', bullet: true }], row: 6 },
  { title: 'Governance', paragraphs: [{ text: 'A monthly KAM council.', bullet: false }], row: 7 },
  {
    title: 'Review cadence',
    paragraphs: [{ text: 'Quarterly business reviews', bullet: true }],
    row: 8,
  },
];

export function charterModel(list: CharterSection[]): KamModel {
  return {
    ...makeModel(['FY2026'], [{ id: 'A1', revenue: [1] }]),
    charter: { sheet: 'Charter', sections: list },
  };
}
