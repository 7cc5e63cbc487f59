/**
 * Validated data of the Team and RACI sheets: the people of the key-account team with the accounts
 * they cover, and the responsibility matrix (activities × people or roles, letters R, A, C, I).
 * Either sheet may be present without the other.
 */

/** Responsible (does it), Accountable (answers for it), Consulted, Informed — in this order. */
export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number];

export interface TeamMember {
  name: string;
  role: string;
  region?: string;
  /** Account IDs of the Accounts column, in the order written, each once; [] when empty. */
  accountIds: string[];
  /** Sheet row, for notes and messages. */
  row: number;
}

export interface TeamSheet {
  /** The sheet name as written, for notes. */
  sheet: string;
  /** In sheet order (the user's order: usually the head of the team first). */
  members: TeamMember[];
}

/** Whom a RACI column stands for: one person (by Name), everyone with a Role, or nobody known. */
export type RaciColumnKind = 'person' | 'role' | 'unknown';

export interface RaciColumn {
  /** The header as written. */
  header: string;
  kind: RaciColumnKind;
  /** Team member names the column stands for (one for a person, all holders of a role). */
  people: string[];
}

export interface RaciActivity {
  activity: string;
  /** One entry per RACI column (aligned with `RaciSheet.columns`): letters in R, A, C, I order. */
  letters: RaciLetter[][];
  /** Sheet row, for notes and messages. */
  row: number;
}

export interface RaciSheet {
  sheet: string;
  columns: RaciColumn[];
  /** In sheet order. */
  activities: RaciActivity[];
}

export interface TeamData {
  team?: TeamSheet;
  raci?: RaciSheet;
}
