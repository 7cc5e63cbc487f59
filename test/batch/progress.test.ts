import { describe, expect, it } from 'vitest';
import type { BatchEntry } from '../../src/batch/run-batch.js';
import {
  createProgressReporter,
  deckLine,
  progressBar,
  summaryTable,
} from '../../src/cli/progress.js';

const ok: BatchEntry = {
  group: 'West',
  accounts: 3,
  file: 'West.pptx',
  status: 'ok',
  slides: 5,
  bytes: 51_200,
  ms: 1234,
};
const failed: BatchEntry = {
  group: 'East',
  accounts: 2,
  file: 'East.pptx',
  status: 'failed',
  reason: 'no revenue',
  ms: 10,
};

describe('progress output', () => {
  it('draws a bar with done/total, the current group, elapsed time and ETA', () => {
    // 2 of 4 done after 10 s: 5 s per deck, 2 left → ETA 10 s.
    expect(progressBar(2, 4, 'Provider Cloud', 10_000)).toBe(
      `[${'█'.repeat(12)}${'░'.repeat(12)}] 2/4  Provider Cloud  elapsed 00:10  ETA 00:10`,
    );
    expect(progressBar(0, 4, 'x', 0)).toContain('ETA --:--');
  });

  it('prints one line per deck when not on a terminal, nothing when quiet', () => {
    const lines: string[] = [];
    const sink = { redraw: () => lines.push('REDRAW'), line: (line: string) => lines.push(line) };
    const report = createProgressReporter('lines', sink, () => 0);
    report({ type: 'start', total: 2 });
    report({ type: 'deck-done', entry: ok, done: 1, total: 2 });
    report({ type: 'deck-done', entry: failed, done: 2, total: 2 });
    expect(lines).toEqual([deckLine(ok), deckLine(failed)]);
    expect(lines[0]).toBe('✓ West → West.pptx (5 slides, 50 KB, 1.2 s)');
    expect(lines[1]).toBe('✗ East: no revenue');
    const quiet: string[] = [];
    createProgressReporter(
      'quiet',
      { redraw: (l) => quiet.push(l), line: (l) => quiet.push(l) },
      () => 0,
    )({ type: 'deck-done', entry: ok, done: 1, total: 1 });
    expect(quiet).toEqual([]);
  });

  it('summarises every deck in an aligned table', () => {
    const table = summaryTable([ok, failed]);
    expect(table[0]).toMatch(/^Group\s+Slides\s+File\s+Size\s+Time\s+Status$/);
    expect(table[2]).toMatch(/^West\s+5\s+West\.pptx\s+50 KB\s+1\.2 s\s+ok$/);
    expect(table[3]).toMatch(/FAILED: no revenue$/);
  });
});
