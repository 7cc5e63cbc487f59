/**
 * --locale switches the text language and the number, date and money formats together; a locale
 * without text (fr-FR) keeps its formats, falls back to English text and says so once.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlideSpec } from '../../src/compose/spec.js';
import { buildDeck } from '../../src/index.js';
import { foundationSheets } from '../helpers/foundation-fixture.js';
import { writeXlsx } from '../helpers/workbook.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';
import { visibleTexts } from '../helpers/compose.js';

let dir: TempDir;
let input: string;
beforeAll(async () => {
  dir = await makeTempDir();
  input = await writeXlsx(join(dir.path, 'kam.xlsx'), foundationSheets());
});
afterAll(() => dir.remove());

const slides = ['title', 'pareto'];
const shown = (slide: SlideSpec | undefined) => (slide ? visibleTexts(slide).join('\n') : '');
const fallbackWarnings = (messages: string[]) =>
  messages.filter((message) => message.includes('has no text for locale'));

describe('--locale', () => {
  it('it-IT: Italian text and Italian formats, no warning', async () => {
    const { deck, diagnostics } = await buildDeck(input, { locale: 'it-IT', slides });
    const [title, pareto] = deck.slides;
    expect(pareto?.title).toBe('Concentrazione del fatturato (Pareto)');
    expect(shown(title)).toContain('Dati al 30 set 2026');
    expect(shown(pareto)).toMatch(/\d+(,\d)?\sMln\s€/);
    expect(shown(pareto)).toContain("l'80% del fatturato");
    expect(fallbackWarnings(diagnostics.map((d) => d.message))).toEqual([]);
  });

  it('fr-FR: English text with French formats, and one warning', async () => {
    const { deck, diagnostics } = await buildDeck(input, { locale: 'fr-FR', slides });
    const [title, pareto] = deck.slides;
    expect(pareto?.title).toBe('Revenue concentration (Pareto)');
    expect(shown(title)).toContain('Figures as of 30 sept. 2026');
    // French compact money ("1 M €") and percentages ("40 %"), with (narrow) no-break spaces.
    expect(shown(pareto)).toMatch(/\d+(,\d)?\sM\s€/);
    expect(shown(pareto)).toMatch(/\(40\s%\)/);
    expect(fallbackWarnings(diagnostics.map((d) => d.message))).toEqual([
      'template "quarterly-review" has no text for locale fr-FR; using English text with fr-FR number formats',
    ]);
  });

  it('en-GB: English text without a warning (the language matches)', async () => {
    const { deck, diagnostics } = await buildDeck(input, { locale: 'en-GB', slides });
    expect(shown(deck.slides[0])).toContain('Figures as of 30 Sept 2026');
    expect(fallbackWarnings(diagnostics.map((d) => d.message))).toEqual([]);
  });
});
