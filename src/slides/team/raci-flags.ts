/**
 * The RACI rules (docs: kam-methods.md): every activity has exactly one A (one person or role
 * answers for it) and at least one R (someone does it). Counted per column: a role column with an A
 * is one accountable party, however many people hold the role.
 */
import type { RaciLetter } from '../../model/team.js';

export const RACI_FLAGS = ['noAccountable', 'severalAccountable', 'noResponsible'] as const;
export type RaciFlag = (typeof RACI_FLAGS)[number];

/** Indexes of the columns whose cell holds `letter`. */
export function columnsWith(
  letters: readonly (readonly RaciLetter[])[],
  letter: RaciLetter,
): number[] {
  return letters.flatMap((cell, index) => (cell.includes(letter) ? [index] : []));
}

/** What is wrong with one activity's row, in RACI_FLAGS order; [] when it follows the rules. */
export function raciFlags(letters: readonly (readonly RaciLetter[])[]): RaciFlag[] {
  const accountable = columnsWith(letters, 'A').length;
  const flags: RaciFlag[] = [];
  if (accountable === 0) flags.push('noAccountable');
  if (accountable > 1) flags.push('severalAccountable');
  if (columnsWith(letters, 'R').length === 0) flags.push('noResponsible');
  return flags;
}
