import { describe, expect, it } from 'vitest';
import { safeFileStem, uniqueFileStems } from '../../src/batch/safe-name.js';

describe('safeFileStem', () => {
  it.each([
    ['Provider Cloud', 'Provider Cloud'],
    ['Società Ovest', 'Società Ovest'],
    ['../../x', 'x'],
    ['..\\..\\evil', 'evil'],
    ['a/b\\c', 'a-b-c'],
    ['CON', '_CON'],
    ['lpt1', '_lpt1'],
    ['  .hidden. ', 'hidden'],
    ['What? <Yes>: "no" | *', 'What- -Yes- -no'],
    ['', 'group'],
    ['///', 'group'],
    ['tab\there\nnewline', 'tab-here-newline'],
  ])('%j → %j', (value, expected) => {
    expect(safeFileStem(value)).toBe(expected);
  });

  it('never produces a path separator or a parent reference', () => {
    for (const value of ['../../etc/passwd', '..', '.', 'a/../b', 'C:\\Windows', '\u0000x']) {
      const stem = safeFileStem(value);
      expect(stem).not.toMatch(/[/\\]/);
      expect(stem).not.toBe('..');
      expect(stem.startsWith('.')).toBe(false);
    }
  });

  it('keeps long names within 80 characters', () => {
    expect(safeFileStem('x'.repeat(300))).toHaveLength(80);
  });
});

describe('uniqueFileStems', () => {
  it('suffixes case-insensitive collisions in order', () => {
    expect(uniqueFileStems(['North', 'north', 'a/b', 'a-b', 'North'])).toEqual([
      'North',
      'north (2)',
      'a-b',
      'a-b (2)',
      'North (3)',
    ]);
  });
});
