/** `kamdeck build --allow-partial-scores` end to end: a gap in Scores is an error unless opted in. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { writeXlsx, type FixtureSheet } from '../../helpers/workbook.js';

const SHEETS: FixtureSheet[] = [
  {
    name: 'Accounts',
    rows: [
      ['Account ID', 'Account'],
      ['A1', 'Alpha'],
      ['A2', 'Beta'],
    ],
  },
  {
    name: 'Revenue',
    rows: [
      ['Account ID', 'FY2026'],
      ['A1', 500],
      ['A2', 300],
    ],
  },
  {
    name: 'Scoring criteria',
    rows: [
      ['Criterion', 'Dimension', 'Weight'],
      ['Potential', 'Growth', 0.5],
      ['Stability', 'Growth', 0.5],
      ['Fit', 'Harmony', 1],
    ],
  },
  {
    name: 'Scores',
    rows: [
      ['Account ID', 'Potential', 'Stability', 'Fit'],
      ['A1', 8, null, 7],
      ['A2', 4, 6, 5],
    ],
  },
];

let folder: string;
let input: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kamdeck-scoring-'));
  input = await writeXlsx(join(folder, 'scores.xlsx'), SHEETS);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function build(...flags: string[]) {
  const lines: string[] = [];
  const output = join(folder, `deck-${flags.length}.pptx`);
  const sink = (line: string) => lines.push(line);
  const code = await runCli(['build', input, '-o', output, '--slides', 'scoring', ...flags], {
    out: sink,
    err: sink,
  });
  return { code, text: lines.join('\n'), output };
}

describe('kamdeck build and partial scores', () => {
  it('refuses an empty score, naming the cell and the option', async () => {
    const { code, text, output } = await build();
    expect(code).toBe(2);
    expect(text).toContain(
      'scores.xlsx, Scores!C2 (column "Stability"): is empty; expected a score from 1 to 10 for "Stability" (or build with --allow-partial-scores to score A1 on the criteria it has)',
    );
    expect(existsSync(output)).toBe(false);
  });

  it('with --allow-partial-scores, builds the deck and warns at the cell', async () => {
    const { code, text, output } = await build('--allow-partial-scores');
    expect(code).toBe(0);
    expect(text).toContain(
      'scores.xlsx, Scores!C2 (column "Stability"): is empty; A1 is scored on the Growth criteria it has (--allow-partial-scores)',
    );
    expect(existsSync(output)).toBe(true);
  });
});
