/**
 * The bad-input corpus through the command line: every case must end in exit code 2, an error
 * line that names the place (`Sheet!A1`, a row, a sheet or the file) and says what is wrong, no
 * stack trace, and no deck written.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { generateBadInputs, type GeneratedCase } from '../fixtures/bad/generate.js';
import { BAD_CASES, type BadCase } from '../fixtures/bad/manifest.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';

const STACK_LINE = /^\s+at /m;

let dir: TempDir;
let cases: Map<string, GeneratedCase>;
beforeAll(async () => {
  dir = await makeTempDir();
  cases = new Map(
    (await generateBadInputs(join(dir.path, 'bad'))).map((entry) => [entry.case.name, entry]),
  );
});
afterAll(async () => {
  await dir.remove();
});

async function build(input: string, output: string, args: readonly string[] = []) {
  const err: string[] = [];
  const out: string[] = [];
  const code = await runCli(['build', input, '-o', output, ...args], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err: err.join('\n').split('\n') };
}

/** A printed place is followed by ":" or by the header in brackets: "Scores!D3 (column ...". */
function pointsAt(line: string, badCase: BadCase, input: string): boolean {
  if (badCase.at === undefined) return line.includes(basename(input));
  return line.includes(`, ${badCase.at}:`) || line.includes(`, ${badCase.at} (`);
}

describe('the bad-input corpus', () => {
  it('has at least 40 cases, with unique names, over every sheet of the input contract', () => {
    expect(BAD_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BAD_CASES.map((c) => c.name)).size).toBe(BAD_CASES.length);
    const sheets = new Set(BAD_CASES.map((c) => c.at?.replace(/(!| row | ").*$/, '')));
    for (const sheet of ['Deck', 'Accounts', 'Revenue', 'MRR', 'Scoring criteria', 'Scores'])
      expect(sheets).toContain(sheet);
    for (const sheet of ['Sales', 'Profit policies', 'Stakeholders', 'Influence', 'Timeline'])
      expect(sheets).toContain(sheet);
    for (const sheet of ['Divisions', 'Team', 'RACI', 'Charter']) expect(sheets).toContain(sheet);
  });

  it.each(BAD_CASES.map((c) => [c.name, c] as const))(
    '%s: exit 2, the located message, no stack trace, no deck',
    async (name, badCase) => {
      const generated = cases.get(name);
      if (generated === undefined) throw new Error(`case ${name} was not generated`);
      const output = join(dir.path, 'out', `${name}.pptx`);
      const run = await build(generated.input, output, badCase.args);
      expect(run.code).toBe(2);
      const located = run.err.filter(
        (line) => pointsAt(line, badCase, generated.input) && line.includes(badCase.fragment),
      );
      expect(located, run.err.join('\n')).not.toEqual([]);
      expect(run.err.join('\n')).not.toMatch(STACK_LINE);
      expect(run.out).toEqual([]);
      expect(existsSync(output)).toBe(false);
    },
  );
});
