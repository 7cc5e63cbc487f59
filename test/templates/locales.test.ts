/**
 * Every bundled template's text exists in every language it ships, part for part: the Italian
 * file of a kind has the English file's parts and reads the same variables (a variable only one
 * language reads would be data the other drops, or a strict-mode error waiting for a deck).
 * Building the Italian sample deck (italian-deck.test.ts) renders the parts with real data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_TEMPLATES_DIR } from '../../src/paths.js';
import { splitParts } from '../../src/templates/load-template.js';
import { SLIDE_KINDS } from '../../src/slides/registry.js';
import { templateVariables } from './variables.js';

const TEMPLATE = join(BUNDLED_TEMPLATES_DIR, 'quarterly-review', 'text');
const LANGUAGES = readdirSync(TEMPLATE).filter((name) => name !== 'en');

function partsOf(language: string, kind: string): Map<string, string> {
  return splitParts(readFileSync(join(TEMPLATE, language, `${kind}.hbs`), 'utf8'));
}

it('quarterly-review ships English and Italian', () => {
  expect(LANGUAGES).toContain('it');
});

describe.each(LANGUAGES)('quarterly-review text in "%s"', (language) => {
  it.each(SLIDE_KINDS)('has a %s file, as English does', (kind) => {
    expect(existsSync(join(TEMPLATE, 'en', `${kind}.hbs`))).toBe(true);
    expect(existsSync(join(TEMPLATE, language, `${kind}.hbs`))).toBe(true);
  });

  it.each(SLIDE_KINDS)('%s: the same parts as English, each reading the same variables', (kind) => {
    const english = partsOf('en', kind);
    const translated = partsOf(language, kind);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    const readInFile = new Set([...english.values()].flatMap(templateVariables));
    for (const [part, source] of english) {
      const wanted = templateVariables(source);
      const read = templateVariables(translated.get(part) ?? '');
      // Grammar may need a count English does not (agreement, elision): allowed when English
      // reads it elsewhere in the file; nothing English shows may be dropped.
      expect({ part, missing: wanted.filter((name) => !read.includes(name)) }).toEqual({
        part,
        missing: [],
      });
      expect({ part, unknown: read.filter((name) => !readInFile.has(name)) }).toEqual({
        part,
        unknown: [],
      });
    }
  });
});
