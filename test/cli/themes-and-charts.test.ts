/** `kamdeck themes` and `kamdeck build --charts`, in process through runCli. */
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';

async function cli(...argv: string[]) {
  const run = { code: -1, out: [] as string[], err: [] as string[] };
  run.code = await runCli(argv, { out: (l) => run.out.push(l), err: (l) => run.err.push(l) });
  return run;
}

let dir: TempDir;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await dir.remove();
});

describe('kamdeck themes', () => {
  it('lists every bundled theme with its description', async () => {
    const run = await cli('themes');
    expect(run.code).toBe(0);
    const text = run.out.join('\n');
    for (const name of ['corporate', 'midnight', 'high-contrast']) {
      const { description } = await loadTheme(name);
      expect(text).toMatch(
        new RegExp(`^\\s+${name}\\s+${description.replace(/[().]/g, '\\$&')}$`, 'm'),
      );
    }
    expect(text).toContain('--theme path/to/brand.json');
  });

  it('is listed in --help', async () => {
    expect((await cli('--help')).out.join('\n')).toMatch(
      /kamdeck themes\s+List the bundled themes/,
    );
  });
});

describe('kamdeck build --charts', () => {
  it('lists the option with its choices', async () => {
    const help = (await cli('build', '--help')).out.join('\n');
    expect(help).toContain('--charts');
    expect(help).toMatch(/"native", "image"/);
  });

  it('refuses another value with a usage error and writes nothing', async () => {
    const target = join(dir.path, 'never.pptx');
    const run = await cli('build', 'sample-data/kam-sample.xlsx', '--charts', 'svg', '-o', target);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toMatch(/charts/);
    await expect(readFile(target)).rejects.toThrow();
  });

  it('--charts image writes pictures, not chart parts', async () => {
    const target = join(dir.path, 'pictures.pptx');
    const run = await cli(
      'build',
      'sample-data/kam-sample.xlsx',
      '--slides',
      'title,abc',
      '--charts',
      'image',
      '-o',
      target,
    );
    expect(run.code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(target));
    const names = Object.keys(zip.files);
    expect(names.filter((n) => n.startsWith('ppt/charts/'))).toEqual([]);
    expect(names.filter((n) => /^ppt\/media\/.*\.png$/.test(n))).toHaveLength(1);
  });
});
