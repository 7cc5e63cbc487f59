/**
 * A template of the user's own, from a temporary folder: it extends quarterly-review, overrides
 * one text part and puts the slides in another order. Built through the library and the CLI.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { buildDeck, type BuildResult } from '../../src/index.js';
import type { SlideSpec } from '../../src/compose/spec.js';
import { foundationSheets } from '../helpers/foundation-fixture.js';
import { writeXlsx } from '../helpers/workbook.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';

const OVERRIDDEN_TITLE = 'Who brings in the money';

let dir: TempDir;
let template: string;
let input: string;
let built: BuildResult;

beforeAll(async () => {
  dir = await makeTempDir();
  input = await writeXlsx(join(dir.path, 'kam.xlsx'), foundationSheets());
  template = join(dir.path, 'my-template');
  await mkdir(join(template, 'text', 'en'), { recursive: true });
  await writeFile(
    join(template, 'template.json'),
    JSON.stringify({
      name: 'my-review',
      description: 'Concentration first, then the cover',
      extends: 'quarterly-review',
      slides: [
        { kind: 'pareto', options: { cut: 0.5 } },
        { kind: 'abc', options: { overviewOnly: true } },
        { kind: 'title' },
      ],
    }),
  );
  // One part overridden; every other pareto part comes from quarterly-review.
  await writeFile(join(template, 'text', 'en', 'pareto.hbs'), `--- title\n${OVERRIDDEN_TITLE}\n`);
  built = await buildDeck(input, { template });
});
afterAll(() => dir.remove());

const titleOf = (slide: SlideSpec | undefined) => slide?.title;

describe('a custom template extending quarterly-review', () => {
  it('has its own slides in its own order, with its own options', () => {
    expect(built.deck.slides.map((slide) => slide.kind)).toEqual(['pareto', 'abc', 'title']);
    // cut 0.5 in the manifest: the notes name it.
    expect(built.deck.slides[0]?.notes).toContain('reaches the 50% cut');
  });

  it('uses its overridden part and inherits the parts it does not override', () => {
    const [pareto, abc] = built.deck.slides;
    expect(titleOf(pareto)).toBe(OVERRIDDEN_TITLE);
    const headline = pareto?.elements[1];
    expect(headline?.type === 'text' && headline.text).toMatch(/of revenue|of FY2026 revenue/);
    expect(titleOf(abc)).toBe('ABC tiers: quantity vs value');
  });

  it('is refused with a message naming the file when its manifest is broken', async () => {
    const broken = join(dir.path, 'broken');
    await mkdir(broken, { recursive: true });
    await writeFile(join(broken, 'template.json'), '{ "name": "x", "slides": [] }');
    await expect(buildDeck(input, { template: broken })).rejects.toThrow(
      /template .*broken.*template\.json is invalid/,
    );
  });

  it('works from the command line with --template <folder>', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const target = join(dir.path, 'custom.pptx');
    const code = await runCli(['build', input, '-o', target, '--template', template], {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
    expect(code).toBe(0);
    // The fixture's extra sheet and column are warned about; nothing about the template.
    expect(err.filter((line) => !line.includes('is ignored'))).toEqual([]);
    expect(out.join('\n')).toContain('(3 slides');
    const zip = await JSZip.loadAsync(await readFile(target));
    expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain(OVERRIDDEN_TITLE);
  });
});
