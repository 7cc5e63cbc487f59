/**
 * What a RACI cell may hold. Accepted: the letters R, A, C and I in either case, alone or combined
 * with "/", ",", "+", "&", ";" or spaces ("R/A", "A, R", "r+a"), or written together ("RA"); the
 * words Responsible, Accountable, Consulted and Informed; an empty cell or a lone dash for no
 * involvement. A letter written twice counts once. Anything else is an error.
 */
import { describeValue } from '../../errors.js';
import type { CellValue } from '../../load/raw-table.js';
import { RACI_LETTERS, type RaciLetter } from '../../model/team.js';

export type RaciParse = { ok: true; letters: RaciLetter[] } | { ok: false; message: string };

const WORDS: Readonly<Record<string, RaciLetter>> = {
  responsible: 'R',
  accountable: 'A',
  consulted: 'C',
  informed: 'I',
};

const SEPARATORS = /[/,+&;\s]+/;
const NONE = new Set(['-', '–', '—']);
const EXPECTED = 'expected R, A, C or I, or a combination such as "R/A"';

function tokenLetters(token: string): RaciLetter[] | undefined {
  const lower = token.toLowerCase();
  const word = WORDS[lower];
  if (word !== undefined) return [word];
  if (!/^[raci]+$/.test(lower)) return undefined;
  return [...lower.toUpperCase()] as RaciLetter[];
}

/** Letters in R, A, C, I order, each once. */
export function orderLetters(letters: Iterable<RaciLetter>): RaciLetter[] {
  const present = new Set(letters);
  return RACI_LETTERS.filter((letter) => present.has(letter));
}

export function parseRaciCode(value: CellValue): RaciParse {
  if (value === null) return { ok: true, letters: [] };
  if (typeof value !== 'string')
    return { ok: false, message: `${describeValue(value)} is not a RACI code; ${EXPECTED}` };
  const text = value.trim();
  if (text === '' || NONE.has(text)) return { ok: true, letters: [] };
  const tokens = text.split(SEPARATORS).filter((token) => token !== '');
  const letters: RaciLetter[] = [];
  for (const token of tokens) {
    const found = tokenLetters(token);
    if (found === undefined) {
      const part = tokens.length > 1 ? ` ("${token}" is not R, A, C or I)` : '';
      return {
        ok: false,
        message: `${describeValue(value)} is not a RACI code${part}; ${EXPECTED}`,
      };
    }
    letters.push(...found);
  }
  return { ok: true, letters: orderLetters(letters) };
}

/** How a cell's letters are shown on the slide: "R/A". */
export function formatLetters(letters: readonly RaciLetter[]): string {
  return letters.join('/');
}
