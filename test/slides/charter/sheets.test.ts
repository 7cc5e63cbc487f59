import { describe, expect, it } from 'vitest';
import { parseContent } from '../../../src/slides/charter/content.js';
import type { FixtureCell, FixtureSheet } from '../../helpers/workbook.js';
import { ACCOUNTS, validate, validModel } from '../../validate/helpers.js';

function charter(...rows: FixtureCell[][]): FixtureSheet {
  return { name: 'Charter', rows: [['Section', 'Content'], ...rows] };
}

describe('Content cells', () => {
  it.each<[string, { text: string; bullet: boolean }[]]>([
    ['One line.', [{ text: 'One line.', bullet: false }]],
    [
      '- first\n- second',
      [
        { text: 'first', bullet: true },
        { text: 'second', bullet: true },
      ],
    ],
    [
      '•first\r\n• second',
      [
        { text: 'first', bullet: true },
        { text: 'second', bullet: true },
      ],
    ],
    [
      '* star\n– en dash',
      [
        { text: 'star', bullet: true },
        { text: 'en dash', bullet: true },
      ],
    ],
    [
      'Intro:\n\n- point',
      [
        { text: 'Intro:', bullet: false },
        { text: 'point', bullet: true },
      ],
    ],
    ['-5% churn', [{ text: '-5% churn', bullet: false }]],
    ['-\n  \n•', []],
  ])('%j', (cell, paragraphs) => {
    expect(parseContent(cell)).toEqual(paragraphs);
  });
});

describe('Charter sheet', () => {
  it('reads sections in sheet order; an empty Section continues the section above', () => {
    const model = validModel([
      ACCOUNTS,
      charter(
        ['Purpose', 'Why we exist.'],
        ['Objectives', '- Grow\n- Keep'],
        [null, '- Recover'],
        ['Cadence', 12],
      ),
    ]);
    expect(model.charter).toEqual({
      sheet: 'Charter',
      sections: [
        { title: 'Purpose', paragraphs: [{ text: 'Why we exist.', bullet: false }], row: 2 },
        {
          title: 'Objectives',
          paragraphs: [
            { text: 'Grow', bullet: true },
            { text: 'Keep', bullet: true },
            { text: 'Recover', bullet: true },
          ],
          row: 3,
        },
        { title: 'Cadence', paragraphs: [{ text: '12', bullet: false }], row: 5 },
      ],
    });
  });

  it('accepts the sheet and column aliases', () => {
    const sheet: FixtureSheet = {
      name: 'KAM charter',
      rows: [
        ['Heading', 'Text'],
        ['Scope', 'All key accounts'],
      ],
    };
    expect(validModel([ACCOUNTS, sheet]).charter?.sections.map((s) => s.title)).toEqual(['Scope']);
  });

  it('adds a section written again to the first one, with a warning', () => {
    const result = validate([ACCOUNTS, charter(['Scope', 'A'], ['Purpose', 'B'], ['scope', 'C'])]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, Charter!A4 (column "Section"): section "scope" appears again (first in row 2); its text is added to that section',
    ]);
    expect(result.model?.charter?.sections[0]?.paragraphs.map((p) => p.text)).toEqual(['A', 'C']);
  });

  it('leaves out a section without text, with a warning', () => {
    const result = validate([
      ACCOUNTS,
      charter(['Scope', 'A'], ['Governance', null], ['Cadence', '- ']),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, Charter!A3 (column "Section"): section "Governance" has no content; it is left out',
      'warning: kam.xlsx, Charter!A4 (column "Section"): section "Cadence" has no content; it is left out',
    ]);
    expect(result.model?.charter?.sections.map((s) => s.title)).toEqual(['Scope']);
  });

  it('reports text before any section at its cell', () => {
    expect(validate([ACCOUNTS, charter([null, 'Orphan text'], ['Scope', 'A'])]).errors).toEqual([
      'error: kam.xlsx, Charter!A2 (column "Section"): is empty; write the title of the section this text belongs to',
    ]);
  });

  it('reports a missing Content column at the header row', () => {
    const sheet: FixtureSheet = {
      name: 'Charter',
      rows: [
        ['Section', 'Notes'],
        ['Scope', 'x'],
      ],
    };
    expect(validate([ACCOUNTS, sheet]).errors).toEqual([
      'error: kam.xlsx, Charter row 1: no "Content" column; headers found: "Section", "Notes"',
    ]);
  });

  it('leaves the charter out when the sheet is missing', () => {
    expect(validModel([ACCOUNTS]).charter).toBeUndefined();
  });
});
