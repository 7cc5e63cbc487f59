/**
 * A template's `listLimit`: how many items a list in slide text names before "… and N more". The
 * bundled templates keep the default (50); the sample's 40 accounts are listed in full.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/index.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';

const SAMPLE = 'sample-data/kam-sample.xlsx';

let dir: TempDir;
let template: string;

async function writeTemplate(folder: string, manifest: object): Promise<string> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'template.json'), JSON.stringify(manifest));
  return folder;
}

beforeAll(async () => {
  dir = await makeTempDir();
  template = await writeTemplate(join(dir.path, 'short-lists'), {
    name: 'short-lists',
    extends: 'quarterly-review',
    listLimit: 3,
    slides: [{ kind: 'pareto' }],
  });
});
afterAll(() => dir.remove());

describe('a template with listLimit 3', () => {
  it('names three of the vital few and of the grouped accounts, and counts the rest', async () => {
    const { deck } = await buildDeck(SAMPLE, { template });
    const notes = deck.slides[0]?.notes ?? '';
    // The sample's vital few are 10 accounts, its grouped bar 15.
    expect(notes).toContain('The vital few (10):');
    expect(notes.match(/^\d+\. /gm)).toHaveLength(3);
    expect(notes).toContain(
      '… and 7 more (every account\'s revenue is in sheet "Revenue" of sample-data/kam-sample.xlsx)',
    );
    expect(notes).toMatch(/Grouped accounts: [^,]+, [^,]+, [^,]+ and 12 more \(/);
  });

  it('says so in Italian too', async () => {
    const { deck } = await buildDeck(SAMPLE, { template, locale: 'it-IT' });
    const notes = deck.slides[0]?.notes ?? '';
    expect(notes).toContain(
      '… e altri 7 (il fatturato di ogni cliente è nel foglio "Revenue" di sample-data/kam-sample.xlsx)',
    );
    expect(notes).toMatch(/Clienti raggruppati: [^,]+, [^,]+, [^,]+ e altri 12 \(/);
  });

  it('lists every account under the default limit', async () => {
    const { deck } = await buildDeck(SAMPLE, { slides: ['pareto'] });
    const notes = deck.slides[0]?.notes ?? '';
    expect(notes.match(/^\d+\. /gm)).toHaveLength(10);
    expect(notes).not.toContain('more (');
  });

  it('is refused when it is not a whole number of at least 1', async () => {
    const broken = await writeTemplate(join(dir.path, 'zero'), {
      name: 'zero',
      extends: 'quarterly-review',
      listLimit: 0,
      slides: [{ kind: 'pareto' }],
    });
    await expect(buildDeck(SAMPLE, { template: broken })).rejects.toThrow(/listLimit/);
  });
});
