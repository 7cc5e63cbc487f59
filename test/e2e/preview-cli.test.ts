/**
 * `kamdeck preview` on the command line, in-process, without LibreOffice: its help, its usage
 * errors, and the message naming the Debian packages when LibreOffice is not installed.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { defaultPreviewFolder } from '../../src/cli/preview-command.js';
import { buildDeck } from '../../src/pipeline.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function cli(...argv: string[]): Promise<Run> {
  const run: Run = { code: -1, out: [], err: [] };
  run.code = await runCli(argv, {
    out: (line) => run.out.push(line),
    err: (line) => run.err.push(line),
  });
  return run;
}

let dir: TempDir;
let deck: string;
beforeAll(async () => {
  dir = await makeTempDir();
  const { bytes } = await buildDeck('sample-data/kam-sample.xlsx', { slides: ['title'] });
  deck = await dir.file('review.pptx', bytes);
});
afterAll(async () => {
  await dir.remove();
});

describe('kamdeck preview', () => {
  it('is listed in --help, and preview --help lists its options and what to install', async () => {
    expect((await cli('--help')).out.join('\n')).toContain('kamdeck preview <input>');
    const help = await cli('preview', '--help');
    expect(help.code).toBe(0);
    const text = help.out.join('\n');
    for (const option of ['-o, --output', '--dpi', '--timeout', '--theme', '--slides'])
      expect(text).toContain(option);
    expect(text).toContain('libreoffice-impress poppler-utils fonts-liberation2');
  });

  it('writes to <input name>-preview by default', () => {
    expect(defaultPreviewFolder('decks/review.pptx')).toBe('review-preview');
    expect(defaultPreviewFolder('kam.xlsx')).toBe('kam-preview');
  });

  it('refuses build options for a .pptx, and a bad --dpi, as usage errors', async () => {
    const themed = await cli('preview', deck, '--theme', 'corporate');
    expect(themed.code).toBe(2);
    expect(themed.err.join('\n')).toContain('apply only when preview builds the deck');
    const dpi = await cli('preview', deck, '--dpi', '0');
    expect(dpi.code).toBe(2);
    expect(dpi.err.join('\n')).toContain('--dpi 0: expected a number above 0');
  });

  it('exits with 2 for a missing input', async () => {
    const run = await cli('preview', join(dir.path, 'missing.pptx'));
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('Input not found');
  });

  it('names the Debian packages and exits with 3 when LibreOffice is not installed', async () => {
    const path = process.env['PATH'];
    process.env['PATH'] = join(dir.path, 'no-programs-here');
    try {
      const run = await cli('preview', deck, '-o', join(dir.path, 'out'));
      expect(run.code).toBe(3);
      expect(run.err.join('\n')).toMatch(
        /soffice not found.*apt-get install --no-install-recommends libreoffice-impress poppler-utils fonts-liberation2/,
      );
    } finally {
      process.env['PATH'] = path;
    }
  });
});
