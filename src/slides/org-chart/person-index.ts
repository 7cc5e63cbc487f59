/**
 * Looking people up by (account, Person ID) for the cross-reference checks, and the message for a
 * reference that names nobody: it says whether the id belongs to another account or is a name.
 */
import type { RawTable } from '../../load/raw-table.js';
import { parseText } from '../../validate/parse-cell.js';

export interface IndexedPerson {
  id: string;
  name: string;
  row: number;
}

export interface PersonIndex {
  /** accountId → Person ID → person, for the rows that passed validation. */
  byAccount: Map<string, Map<string, IndexedPerson>>;
  /** `account␀id` of every row written in the sheet, even rows with other errors. */
  written: ReadonlySet<string>;
  /** Person IDs of rows whose account is unknown: references to them are not reported again. */
  orphans: Set<string>;
}

const key = (accountId: string, personId: string): string => `${accountId}\u0000${personId}`;

/** Account and Person ID of every raw row, so a row dropped for another error causes no cascade. */
export function writtenPeople(table: RawTable, columnIndex: ReadonlyMap<string, number>) {
  const written = new Set<string>();
  const accountAt = columnIndex.get('accountId');
  const idAt = columnIndex.get('id');
  if (accountAt === undefined || idAt === undefined) return written;
  for (const row of table.rows) {
    const accountId = parseText(row.cells[accountAt] ?? null);
    const personId = parseText(row.cells[idAt] ?? null);
    if (accountId !== null && personId !== null) written.add(key(accountId, personId));
  }
  return written;
}

export function createPersonIndex(written: ReadonlySet<string>): PersonIndex {
  return { byAccount: new Map(), written, orphans: new Set() };
}

export function addPerson(index: PersonIndex, accountId: string, person: IndexedPerson): void {
  const people = index.byAccount.get(accountId) ?? new Map<string, IndexedPerson>();
  people.set(person.id, person);
  index.byAccount.set(accountId, people);
}

export function findPerson(
  index: PersonIndex,
  accountId: string,
  personId: string,
): IndexedPerson | undefined {
  return index.byAccount.get(accountId)?.get(personId);
}

function otherAccountOf(index: PersonIndex, accountId: string, personId: string) {
  return [...index.byAccount.entries()]
    .filter(([account, people]) => account !== accountId && people.has(personId))
    .map(([account]) => account)[0];
}

function personNamed(index: PersonIndex, accountId: string, name: string) {
  const wanted = name.toLowerCase();
  return [...(index.byAccount.get(accountId)?.values() ?? [])].find(
    (person) => person.name.toLowerCase() === wanted,
  );
}

/**
 * Why `personId` names nobody in the account, or undefined when it does — or when its row was
 * written but rejected for another error, such as an unknown account (already reported).
 * `within` completes the sentence: "a reporting line stays within one account".
 */
export function unknownPersonMessage(
  index: PersonIndex,
  accountId: string,
  personId: string,
  within: string,
): string | undefined {
  if (findPerson(index, accountId, personId) !== undefined) return undefined;
  if (index.written.has(key(accountId, personId)) || index.orphans.has(personId)) return undefined;
  const other = otherAccountOf(index, accountId, personId);
  if (other !== undefined)
    return `"${personId}" is a person of account ${other}, not of ${accountId}; ${within}`;
  const named = personNamed(index, accountId, personId);
  if (named !== undefined)
    return `"${personId}" is not a Person ID; it is the name of ${named.id} (row ${named.row}): write the Person ID`;
  return `"${personId}" is not a Person ID of account ${accountId} in the Stakeholders sheet`;
}
