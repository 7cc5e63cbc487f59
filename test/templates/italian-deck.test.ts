/**
 * The sample deck in Italian (--locale it-IT, EUR): no slide shows a word that only the English
 * templates use, and numbers, money and dates are written the Italian way. The word list is
 * derived, not typed: the words of the English text less those the Italian text uses too (Pareto,
 * MRR, team…). The workbook's own texts (account names, tasks, the charter) are taken out of the
 * deck's text first: they are the user's data, in whatever language the user wrote them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/index.js';
import { loadInput } from '../../src/load/load-input.js';
import { BUNDLED_TEMPLATES_DIR } from '../../src/paths.js';
import { notesText } from '../render/pptx-xml.js';

const SAMPLE = 'sample-data/kam-sample.xlsx';
const TEXT = join(BUNDLED_TEMPLATES_DIR, 'quarterly-review', 'text');

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 3),
  );
}

/** What a language's template files write: text outside {{…}} and the "literals" inside. */
function templateText(language: string): string {
  return readdirSync(join(TEXT, language))
    .map((file) => readFileSync(join(TEXT, language, file), 'utf8'))
    .map((source) => source.replace(/^---.*$/gm, ' '))
    .map((source) =>
      source.replace(/\{\{[^}]*\}\}/g, (tag) => [...tag.matchAll(/"([^"]*)"/g)].join(' ')),
    )
    .join('\n');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every text of the workbook (sheet names, headers, cell lines), longest first. */
async function workbookTexts(): Promise<string[]> {
  const workbook = await loadInput(SAMPLE);
  const cells = workbook.tables.flatMap((table) =>
    table.rows.flatMap((row) => row.cells.map((cell) => (typeof cell === 'string' ? cell : ''))),
  );
  const texts = workbook.tables.flatMap((table) => [
    table.sheet,
    ...table.columns.map((column) => column.header),
    ...cells.flatMap((cell) => cell.split(/\r?\n/).map((line) => line.replace(/^\s*[-•]\s*/, ''))),
  ]);
  const unique = new Set([SAMPLE, ...texts].map(oneLine).filter((text) => text.length > 1));
  return [...unique].sort((a, b) => b.length - a.length);
}

/** A deck text with the workbook's own texts taken out, whole words only: what templates wrote. */
function withoutData(text: string, data: readonly string[]): string {
  const whole = data.reduce((rest, value) => {
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return rest.replace(new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'gu'), ' ');
  }, oneLine(text));
  return withoutShortenedData(whole, data);
}

/** Names shortened on a slide ("ADT and scheduling interfaces (HL7…") are the workbook's too. */
function withoutShortenedData(text: string, data: readonly string[]): string {
  return text.replace(/([^…]{1,120})…/gu, (match, before: string) => {
    for (let start = 0; start < before.length - 3; start += 1) {
      const tail = before.slice(start).trimStart();
      if (tail.length >= 4 && data.some((value) => value.startsWith(tail)))
        return `${before.slice(0, start)} `;
    }
    return match;
  });
}

function xmlText(xml: string): string {
  return [...xml.matchAll(/<(a:t|c:v)>([^<]*)<\/\1>/g)]
    .map((match) => (match[2] ?? '').replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
    .join(' ');
}

let rawSlides: string[];
let slideTexts: string[];
let notes: string[];
let englishOnly: string[];

beforeAll(async () => {
  const { bytes, deck } = await buildDeck(SAMPLE, { locale: 'it-IT', currency: 'EUR' });
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) =>
    /^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/.test(name),
  );
  const data = await workbookTexts();
  rawSlides = await Promise.all(
    parts.map(async (name) => xmlText((await zip.file(name)?.async('string')) ?? '')),
  );
  slideTexts = rawSlides.map((text) => withoutData(text, data));
  const allNotes = await Promise.all(deck.slides.map((_, index) => notesText(zip, index + 1)));
  notes = allNotes.map((text) => withoutData(text, data));
  // Sheet and column names ("foglio Revenue") are the workbook's words in Italian text too.
  const italian = words(withoutData(templateText('it'), data));
  englishOnly = [...words(templateText('en'))].filter((word) => !italian.has(word));
});

function englishIn(texts: readonly string[]): string[] {
  return texts.flatMap((text) => {
    const found = words(text);
    return englishOnly
      .filter((word) => found.has(word))
      .map(
        (word) =>
          `"${word}" in: ${text.slice(Math.max(0, text.toLowerCase().search(new RegExp(`\\b${word}\\b`)) - 60), text.toLowerCase().search(new RegExp(`\\b${word}\\b`)) + 40)}`,
      );
  });
}

describe('the sample deck in Italian', () => {
  it('is checked against a real list of English words', () => {
    for (const word of ['revenue', 'accounts', 'share', 'cumulative', 'endangered', 'computed'])
      expect(englishOnly).toContain(word);
    expect(englishOnly.length).toBeGreaterThan(300);
  });

  it('shows no English word from the templates on any slide or chart', () => {
    expect(englishIn(slideTexts)).toEqual([]);
  });

  it('has speaker notes in Italian too', () => {
    expect(englishIn(notes)).toEqual([]);
    expect(notes.join('\n')).toContain('Come è stata calcolata questa slide');
  });

  it('writes money, percentages and dates the Italian way', () => {
    const all = rawSlides.join('\n');
    expect(all).toMatch(/\d+,\d\sMln\s€/); // 62,7 Mln €
    expect(all).toMatch(/[^\d,]\d{1,3}%/); // 82%, no space before %
    expect(all).toMatch(/\d+,\d%/); // 82,3%
    expect(all).toContain('30 set 2026');
    expect(all).not.toMatch(/\$\s?\d|\d\.\d\s?M\b/); // no $1.2M
    expect(notes.join('\n')).toMatch(/\d{1,3}(?:\.\d{3})+\s€/); // 62.712.300 € in full
  });
});
