/**
 * The command line: in-process through runCli for most cases (argv in, lines and exit code out),
 * and one real run of the built executable on the bundled sample.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOutput } from '../../src/cli/build-command.js';
import { runCli } from '../../src/cli/main.js';
import { reportError } from '../../src/cli/report.js';
import { checkPackage } from '../../src/render/pptx/check-package.js';
import { foundationSheets } from '../helpers/foundation-fixture.js';
import { withCell, withSheet, writeXlsx, type FixtureSheet } from '../helpers/workbook.js';
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

/** A stack trace line, as Node prints them: "    at fn (file:1:2)". */
const STACK_LINE = /^\s+at .+[(:]/m;

let dir: TempDir;
let good: string;
beforeAll(async () => {
  dir = await makeTempDir();
  good = await writeXlsx(join(dir.path, 'good.xlsx'), foundationSheets());
});
afterAll(async () => {
  await dir.remove();
});

describe('help, version and usage errors', () => {
  it('--help lists the build command; build --help lists its options', async () => {
    const top = await cli('--help');
    expect(top.code).toBe(0);
    expect(top.out.join('\n')).toContain('kamdeck build <input>');
    const build = await cli('build', '--help');
    expect(build.code).toBe(0);
    for (const option of ['-o, --output', '--theme', '--locale', '--currency', '--slides', '--set'])
      expect(build.out.join('\n')).toContain(option);
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    expect(await cli('--version')).toEqual({ code: 0, out: [version], err: [] });
  });

  it.each([
    [[], 'Name a command'],
    [['build'], 'Not enough non-option arguments'],
    [['deploy', 'x'], 'Unknown arguments: deploy, x'],
    [['build', 'GOOD', '--colour', 'red'], 'Unknown argument'],
    [['build', 'GOOD', '--slides', 'title,nope'], 'unknown slide kind "nope" in --slides'],
    [['build', 'GOOD', '--set', 'pareto.cut'], '--set pareto.cut: expected kind.option=value'],
    [['build', 'GOOD', '--set', 'pareto.cut=2'], 'options for slide "pareto" are invalid'],
    [
      ['build', 'GOOD', '--set', 'pareto.period=FY1999'],
      'period "FY1999" is not in the Revenue sheet',
    ],
    [['build', 'GOOD', '--currency', 'EURO'], '--currency EURO: "EURO" is not a currency'],
    [['build', 'GOOD', '--locale', 'en_US!!'], '--locale en_US!!: "en_US!!" is not a locale'],
    [['build', 'GOOD', '--theme', 'neon'], 'theme "neon" not found'],
  ])('exits 2 for %j with a message and no stack trace', async (args, message) => {
    const target = join(dir.path, 'usage.pptx');
    const argv = args.map((arg) => (arg === 'GOOD' ? good : arg));
    const run = await cli(...argv, ...(argv[0] === 'build' && argv[1] ? ['-o', target] : []));
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain(message);
    expect(run.err.join('\n')).not.toMatch(STACK_LINE);
    expect(existsSync(target)).toBe(false);
  });

  it('exits 2 for a theme file that is not a valid theme', async () => {
    const theme = await dir.file('bad-theme.json', JSON.stringify({ name: 'bad', extends: 5 }));
    const target = join(dir.path, 'themed.pptx');
    const run = await cli('build', good, '-o', target, '--theme', theme);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain(`theme ${theme} is invalid`);
    expect(run.err.join('\n')).toContain('at extends');
    expect(existsSync(target)).toBe(false);
  });

  it('exits 1 for an internal error, without a stack trace unless debugging', () => {
    const lines: string[] = [];
    const output = {
      out: (line: string) => lines.push(line),
      err: (line: string) => lines.push(line),
    };
    expect(reportError(new TypeError('x is undefined'), output, false)).toBe(1);
    expect(lines.join('\n')).toContain('internal error: x is undefined');
    expect(lines.join('\n')).not.toMatch(STACK_LINE);
    expect(reportError(new TypeError('x is undefined'), output, true)).toBe(1);
    expect(lines.join('\n')).toMatch(STACK_LINE);
  });
});

describe('kamdeck build', () => {
  it('writes the deck to -o, creating folders, and says what it wrote', async () => {
    const target = join(dir.path, 'out', 'q3', 'deck.pptx');
    const run = await cli('build', good, '-o', target, '--slides', 'title,agenda,pareto,abc');
    expect(run.code).toBe(0);
    expect(run.out).toHaveLength(1);
    expect(run.out[0]).toMatch(new RegExp(`^Wrote ${target} \\(5 slides, \\d+ KB\\)$`));
    // Warnings go to stderr: the Revenue column "Notes" is not a period.
    expect(run.err.join('\n')).toContain('warning:');
    expect(await checkPackage(await readFile(target))).toEqual([]);
  });

  it('passes --theme, --locale, --currency, --slides and --set to the build', async () => {
    const target = join(dir.path, 'options.pptx');
    const run = await cli(
      ...['build', good, '-o', target, '--theme', 'corporate', '--locale', 'it-IT'],
      ...['--currency', 'GBP', '--slides', 'pareto', '--set', 'pareto.period=FY2025'],
      ...['--set', 'pareto.cut=0.5'],
    );
    expect(run.code).toBe(0);
    expect(run.out[0]).toContain('(1 slides');
    const zip = await JSZip.loadAsync(await readFile(target));
    expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(1);
    const notes = (await zip.file('ppt/notesSlides/notesSlide1.xml')?.async('string')) ?? '';
    // FY2025 total 930,000 in Italian format with pounds; a 50% cut takes one account; the text
    // is Italian too.
    expect(notes).toMatch(/930\.000\s?£/);
    expect(notes).toContain('I pochi vitali (1)');
  });

  it('names the default output after the input', () => {
    expect(defaultOutput('data/kam-q3.xlsx')).toBe('kam-q3.pptx');
    expect(defaultOutput('exports/')).toBe('exports.pptx');
  });

  it('refuses to overwrite the input and leaves it untouched', async () => {
    const before = await readFile(good);
    const run = await cli('build', good, '-o', good);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('refusing to overwrite the input file');
    expect((await readFile(good)).equals(before)).toBe(true);
  });

  it('exits 2 with a clear message for an unwritable target and leaves no partial file', async () => {
    const blocker = await dir.file('blocker', 'a file where a folder should be');
    const run = await cli('build', good, '-o', join(blocker, 'deck.pptx'), '--slides', 'title');
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toMatch(
      /cannot write .*deck\.pptx \(E[A-Z]+\); check that the folder/,
    );
    expect(run.err.join('\n')).not.toMatch(STACK_LINE);
    expect((await readdir(dir.path)).filter((name) => name.includes('.tmp'))).toEqual([]);
  });
});

/** Bad inputs, each with the located fragment its message must contain. */
const BAD_INPUTS: [string, () => Promise<string>, string][] = [
  [
    'a missing Accounts sheet',
    () =>
      xlsx(
        'no-accounts',
        foundationSheets().filter((sheet) => sheet.name !== 'Accounts'),
      ),
    'no "Accounts" sheet; sheets found: "Deck", "Revenue", "Scratch"',
  ],
  [
    'a duplicate account ID',
    () =>
      xlsx(
        'duplicate',
        withSheet(foundationSheets(), 'Accounts', (rows) => [...rows, ['KA-2', 'Twin']]),
      ),
    'Accounts!A7 (column "Account ID"): account ID "KA-2" is used again (first in row 3)',
  ],
  [
    'negative revenue',
    () => xlsx('negative', withCell(foundationSheets(), 'Revenue', 2, 3, -300)),
    'Revenue!D3 (column "2024"): -300 is negative',
  ],
  [
    'revenue "12,5k"',
    () => xlsx('twelve-k', withCell(foundationSheets(), 'Revenue', 2, 2, '12,5k')),
    'Revenue!C3 (column "FY2026"): "12,5k" is not a number',
  ],
  [
    'an unknown account in Revenue',
    () => xlsx('unknown', withCell(foundationSheets(), 'Revenue', 3, 0, 'KA-99')),
    'Revenue!A4 (column "Account ID"): account "KA-99" is not in the Accounts sheet',
  ],
  [
    'an empty required cell',
    () => xlsx('empty-name', withCell(foundationSheets(), 'Accounts', 2, 1, null)),
    'Accounts!B3 (column "Account"): is empty; an account name is required',
  ],
  [
    'a CSV renamed .xlsx',
    () => dir.file('renamed.xlsx', 'Account ID,Account\nKA-1,Northwind\n'),
    'it is not an Excel workbook: it looks like a text/CSV file',
  ],
  ['an empty file', () => dir.file('empty.xlsx', ''), 'the file is empty'],
  [
    'a path that does not exist',
    async () => join(dir.path, 'nowhere', 'kam.xlsx'),
    'Input not found:',
  ],
];

/** The environment without KAMDECK_DEBUG, whose mere presence turns stack traces on. */
function withoutDebug(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== 'KAMDECK_DEBUG'));
}

function xlsx(name: string, sheets: FixtureSheet[]): Promise<string> {
  return writeXlsx(join(dir.path, `${name}.xlsx`), sheets);
}

describe('bad input', () => {
  it.each(BAD_INPUTS)(
    '%s: exit 2, a located message, no stack, no deck',
    async (_, make, fragment) => {
      const input = await make();
      const target = join(dir.path, 'bad-out', 'deck.pptx');
      const run = await cli('build', input, '-o', target);
      expect(run.code).toBe(2);
      expect(run.out).toEqual([]);
      const stderr = run.err.join('\n');
      expect(stderr).toContain(fragment);
      expect(stderr).toContain(input);
      expect(stderr).not.toMatch(STACK_LINE);
      expect(existsSync(target)).toBe(false);
    },
  );
});

describe('the built executable', () => {
  it('builds the sample deck: node dist/cli/bin.js build sample-data/kam-sample.xlsx -o <tmp>/deck.pptx', async () => {
    const bin = 'dist/cli/bin.js';
    // `npm test` builds first; a missing bin means the build step did not run.
    expect(existsSync(bin), `${bin} is missing: run npm run build (npm test does)`).toBe(true);
    const target = join(dir.path, 'spawned', 'deck.pptx');
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [bin, 'build', 'sample-data/kam-sample.xlsx', '-o', target],
      { env: withoutDebug(process.env) },
    );
    expect(stdout).toMatch(new RegExp(`^Wrote ${target} \\(\\d+ slides, \\d+ KB\\)\\n$`));
    expect(stderr).not.toMatch(/^error:/m);
    const deck = await readFile(target);
    expect(await checkPackage(deck)).toEqual([]);
  });
});
