/**
 * RACI analysis: each activity's letters per column, its flags (no A, several A, no R), and per
 * column how many activities it holds each letter for.
 */
import {
  RACI_LETTERS,
  type RaciColumn,
  type RaciLetter,
  type RaciSheet,
  type TeamSheet,
} from '../../model/team.js';
import { columnsWith, RACI_FLAGS, raciFlags, type RaciFlag } from './raci-flags.js';

export type LetterCounts = Record<RaciLetter, number>;

export interface RaciColumnResult extends RaciColumn {
  /** Activities where this column holds each letter. */
  counts: LetterCounts;
  /** A person column's Role in the Team sheet. */
  role: string | undefined;
}

export interface RaciRow {
  activity: string;
  /** Aligned with the result's columns. */
  letters: RaciLetter[][];
  flags: RaciFlag[];
  /** Headers of the columns holding the A. */
  accountable: string[];
  row: number;
}

export interface RaciResult {
  sheet: string;
  columns: RaciColumnResult[];
  rows: RaciRow[];
  /** Rows with at least one flag, in sheet order. */
  flagged: RaciRow[];
  /** Activities per flag. */
  flagCounts: Record<RaciFlag, number>;
  /** Headers matching no Name or Role of the Team sheet. */
  unknownColumns: string[];
}

export function zeroCounts(): LetterCounts {
  return { R: 0, A: 0, C: 0, I: 0 };
}

function columnCounts(sheet: RaciSheet, index: number): LetterCounts {
  const counts = zeroCounts();
  for (const activity of sheet.activities)
    for (const letter of activity.letters[index] ?? []) counts[letter] += 1;
  return counts;
}

function roleOf(column: RaciColumn, team: TeamSheet | undefined): string | undefined {
  if (column.kind !== 'person') return undefined;
  return team?.members.find((member) => member.name === column.people[0])?.role;
}

export function analyseRaci(sheet: RaciSheet, team?: TeamSheet): RaciResult {
  const rows: RaciRow[] = sheet.activities.map((activity) => ({
    activity: activity.activity,
    letters: activity.letters,
    flags: raciFlags(activity.letters),
    accountable: columnsWith(activity.letters, 'A').map(
      (index) => sheet.columns[index]?.header ?? '',
    ),
    row: activity.row,
  }));
  const flagCounts = Object.fromEntries(
    RACI_FLAGS.map((flag) => [flag, rows.filter((row) => row.flags.includes(flag)).length]),
  ) as Record<RaciFlag, number>;
  return {
    sheet: sheet.sheet,
    columns: sheet.columns.map((column, index) => ({
      ...column,
      counts: columnCounts(sheet, index),
      role: roleOf(column, team),
    })),
    rows,
    flagged: rows.filter((row) => row.flags.length > 0),
    flagCounts,
    unknownColumns: sheet.columns.filter((c) => c.kind === 'unknown').map((c) => c.header),
  };
}

/**
 * Per person, the activities they hold each letter for through any column that stands for them
 * (their name or their role); an activity counts once per letter even when both columns hold it.
 */
export function personCounts(sheet: RaciSheet, person: string): LetterCounts {
  const counts = zeroCounts();
  const mine = sheet.columns.flatMap((column, index) =>
    column.people.includes(person) ? [index] : [],
  );
  for (const activity of sheet.activities) {
    const held = new Set(mine.flatMap((index) => activity.letters[index] ?? []));
    for (const letter of RACI_LETTERS) if (held.has(letter)) counts[letter] += 1;
  }
  return counts;
}
