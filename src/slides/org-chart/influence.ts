/**
 * The Influence rows checked against the people: both ends must be people of the row's account,
 * and different people. The same line twice is kept once, with a warning.
 */
import { errorAt, warningAt, type Diagnostic } from '../../errors.js';
import type { InfluenceLink } from '../../model/stakeholders.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { dropUndefined } from '../../validate/sheets/accounts.js';
import type { LocatedRow } from '../../validate/table.js';
import { unknownPersonMessage, type PersonIndex } from './person-index.js';
import type { InfluenceRow } from './sheet-spec.js';

type Row = LocatedRow<InfluenceRow>;
const WITHIN = 'an influence line links two people of the same account';

function endsKnown(row: Row, index: PersonIndex, out: Diagnostic[]): boolean {
  let known = true;
  for (const end of ['from', 'to'] as const) {
    const personId = row.value[end];
    const problem = unknownPersonMessage(index, row.value.accountId, personId, WITHIN);
    const found = index.byAccount.get(row.value.accountId)?.has(personId) === true;
    if (problem !== undefined) out.push(errorAt(row.cell(end), problem));
    known &&= found;
  }
  return known;
}

function checkRow(row: Row, context: SheetReaderContext, index: PersonIndex, out: Diagnostic[]) {
  const { accountId, from, to } = row.value;
  if (!context.accountIds.has(accountId)) {
    out.push(errorAt(row.cell('accountId'), `account "${accountId}" is not in the Accounts sheet`));
    return false;
  }
  if (from === to) {
    out.push(
      errorAt(row.cell('to'), `"${to}" is also in From; From and To must be different people`),
    );
    return false;
  }
  return endsKnown(row, index, out);
}

export function checkInfluences(
  rows: readonly Row[],
  context: SheetReaderContext,
  index: PersonIndex,
  diagnostics: Diagnostic[],
): InfluenceLink[] {
  const links: InfluenceLink[] = [];
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    if (!checkRow(row, context, index, diagnostics)) continue;
    const { accountId, from, to, kind, note } = row.value;
    const rowNumber = row.location.row ?? 0;
    const key = JSON.stringify([accountId, from, to, kind]);
    const first = firstRow.get(key);
    if (first !== undefined) {
      diagnostics.push(
        warningAt(
          row.cell('to'),
          `the ${kind.toLowerCase()} line from ${from} to ${to} appears again (first in row ${first}); drawn once`,
        ),
      );
      continue;
    }
    firstRow.set(key, rowNumber);
    links.push(dropUndefined<InfluenceLink>({ accountId, from, to, kind, note, row: rowNumber }));
  }
  return links;
}
