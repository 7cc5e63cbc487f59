/**
 * Charter "analysis": the sections as written, in sheet order, with what the notes report (counts)
 * and the section whose first paragraph states the purpose, if the user wrote one.
 */
import type { CharterSection } from '../../model/charter.js';
import type { KamModel } from '../../model/model.js';
import { normaliseName } from '../../validate/names.js';

export interface CharterParams {
  /** Most slides the charter may take before cards are shortened. */
  maxSlides: number;
  /**
   * Show a one-paragraph Purpose (or Mission) section as the slide's headline instead of as a card,
   * when it fits the headline; otherwise it stays a card.
   */
  purposeAsHeadline: boolean;
}

export const DEFAULT_CHARTER_PARAMS: CharterParams = { maxSlides: 2, purposeAsHeadline: true };

export interface CharterPurpose {
  /** Index of the Purpose section among the sections. */
  section: number;
  text: string;
}

/** Section titles that state what the team is for. */
const PURPOSE_TITLES = [
  'Purpose',
  'Mission',
  'Our purpose',
  'Mission statement',
  'Scopo',
  'Missione',
];

export interface CharterResult {
  sheet: string;
  sections: CharterSection[];
  paragraphCount: number;
  bulletCount: number;
  wordCount: number;
  /** The Purpose (or Mission) section when it is a single paragraph. */
  purpose: CharterPurpose | undefined;
  maxSlides: number;
  purposeAsHeadline: boolean;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

export function analyseCharter(model: KamModel, params: CharterParams): CharterResult {
  const sections = model.charter?.sections ?? [];
  const paragraphs = sections.flatMap((section) => section.paragraphs);
  const purposeNames = new Set(PURPOSE_TITLES.map(normaliseName));
  const purposeIndex = sections.findIndex((section) =>
    purposeNames.has(normaliseName(section.title)),
  );
  const purposeSection = sections[purposeIndex];
  const purposeText =
    purposeSection?.paragraphs.length === 1 ? purposeSection.paragraphs[0]?.text : undefined;
  return {
    sheet: model.charter?.sheet ?? 'Charter',
    sections,
    paragraphCount: paragraphs.length,
    bulletCount: paragraphs.filter((paragraph) => paragraph.bullet).length,
    wordCount: sections.reduce(
      (sum, section) =>
        sum +
        countWords(section.title) +
        section.paragraphs.reduce((s, p) => s + countWords(p.text), 0),
      0,
    ),
    purpose: purposeText === undefined ? undefined : { section: purposeIndex, text: purposeText },
    maxSlides: params.maxSlides,
    purposeAsHeadline: params.purposeAsHeadline,
  };
}
