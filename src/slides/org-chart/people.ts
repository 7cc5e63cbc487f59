/**
 * The Stakeholders rows checked against each other and the Accounts sheet: known account, unique
 * Person ID per account, Reports to naming a person of the same account, no reporting cycles.
 * A bad Reports to is reported and dropped, so the person is drawn as the top of a tree.
 */
import { errorAt, warningAt, type Diagnostic } from '../../errors.js';
import type { Stakeholder } from '../../model/stakeholders.js';
import { normaliseName } from '../../validate/names.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { dropUndefined } from '../../validate/sheets/accounts.js';
import type { LocatedRow } from '../../validate/table.js';
import { findReportingCycles } from './cycles.js';
import { addPerson, findPerson, unknownPersonMessage, type PersonIndex } from './person-index.js';
import type { StakeholderRow } from './sheet-spec.js';

type Row = LocatedRow<StakeholderRow>;
export interface CheckedPerson {
  person: Stakeholder;
  source: Row;
}

/** Account ID → name (the first account of an ID, as a search from the top would find). */
type AccountNames = ReadonlyMap<string, string>;

function accountNames(context: SheetReaderContext): AccountNames {
  const names = new Map<string, string>();
  for (const account of context.accounts)
    if (!names.has(account.id)) names.set(account.id, account.name);
  return names;
}

/** An Organisation equal to the account's own name means the client itself. */
function externalOrganisation(row: StakeholderRow, names: AccountNames) {
  const accountName = names.get(row.accountId);
  const organisation = row.organisation;
  if (organisation === undefined) return undefined;
  if (accountName !== undefined && normaliseName(organisation) === normaliseName(accountName))
    return undefined;
  return organisation;
}

function toPerson(row: Row, names: AccountNames): Stakeholder {
  const { accountId, id, name, title, reportsTo, relationship, decisionPower, owner, notes } =
    row.value;
  // Optional fields are absent rather than undefined, so models compare and serialise cleanly.
  return dropUndefined<Stakeholder>({
    accountId,
    id,
    name,
    title,
    organisation: externalOrganisation(row.value, names),
    reportsTo,
    relationship,
    decisionPower,
    keyContact: row.value.keyContact === true,
    owner,
    notes,
    row: row.location.row ?? 0,
  });
}

function admit(row: Row, context: SheetReaderContext, index: PersonIndex, out: Diagnostic[]) {
  const { accountId, id } = row.value;
  if (!context.accountIds.has(accountId)) {
    out.push(errorAt(row.cell('accountId'), `account "${accountId}" is not in the Accounts sheet`));
    index.orphans.add(id);
    return false;
  }
  const first = findPerson(index, accountId, id);
  if (first !== undefined) {
    out.push(
      errorAt(
        row.cell('id'),
        `person ID "${id}" appears again in account ${accountId} (first in row ${first.row}); person IDs must be unique within an account`,
      ),
    );
    return false;
  }
  return true;
}

function checkReportsTo(checked: CheckedPerson, index: PersonIndex, out: Diagnostic[]) {
  const { person, source } = checked;
  const manager = person.reportsTo;
  if (manager === undefined || manager === person.id) return; // a self-report is a cycle
  const problem = unknownPersonMessage(
    index,
    person.accountId,
    manager,
    'a reporting line stays within one account',
  );
  if (findPerson(index, person.accountId, manager) === undefined) delete person.reportsTo;
  if (problem !== undefined) out.push(errorAt(source.cell('reportsTo'), problem));
}

function describePerson(person: Stakeholder): string {
  return `${person.name} (${person.id})`;
}

function reportCycles(checked: readonly CheckedPerson[], out: Diagnostic[]) {
  const byKey = new Map(checked.map((entry) => [entry.person, entry]));
  for (const cycle of findReportingCycles(checked.map((entry) => entry.person))) {
    const first = cycle[0];
    if (first === undefined) continue;
    const path = [...cycle, first].map(describePerson).join(' → ');
    const source = byKey.get(first)?.source;
    out.push(
      errorAt(
        source?.cell('reportsTo'),
        `reporting cycle: ${path}; someone in it must report outside the cycle or have Reports to empty`,
      ),
    );
    delete first.reportsTo; // keeps the model a forest for any later check
  }
}

function organisationLabel(person: Stakeholder): string {
  return person.organisation === undefined ? 'the client' : `"${person.organisation}"`;
}

/** Someone of one organisation reporting into another is drawn in the manager's tree: say so. */
function warnCrossOrganisation(checked: readonly CheckedPerson[], out: Diagnostic[]) {
  const byId = new Map(
    checked.map(({ person }) => [`${person.accountId}\u0000${person.id}`, person]),
  );
  for (const { person, source } of checked) {
    if (person.reportsTo === undefined) continue;
    const manager = byId.get(`${person.accountId}\u0000${person.reportsTo}`);
    if (manager === undefined) continue;
    const same =
      normaliseName(person.organisation ?? '') === normaliseName(manager.organisation ?? '');
    if (same) continue;
    out.push(
      warningAt(
        source.cell('organisation'),
        `${person.name} is with ${organisationLabel(person)} but reports to ${describePerson(manager)} of ${organisationLabel(manager)}; drawn in ${manager.name}'s tree`,
      ),
    );
  }
}

function warnSameNames(checked: readonly CheckedPerson[], out: Diagnostic[]) {
  const seen = new Map<string, Stakeholder>();
  for (const { person, source } of checked) {
    const key = `${person.accountId}\u0000${normaliseName(person.name)}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, person);
    else {
      out.push(
        warningAt(
          source.cell('name'),
          `"${person.name}" is also ${first.id} (row ${first.row}) in account ${person.accountId}; both are shown — is it the same person?`,
        ),
      );
    }
  }
}

export function checkPeople(
  rows: readonly Row[],
  context: SheetReaderContext,
  index: PersonIndex,
  diagnostics: Diagnostic[],
): CheckedPerson[] {
  const checked: CheckedPerson[] = [];
  const names = accountNames(context);
  for (const row of rows) {
    if (!admit(row, context, index, diagnostics)) continue;
    const person = toPerson(row, names);
    addPerson(index, person.accountId, { id: person.id, name: person.name, row: person.row });
    checked.push({ person, source: row });
  }
  for (const entry of checked) checkReportsTo(entry, index, diagnostics);
  reportCycles(checked, diagnostics);
  warnCrossOrganisation(checked, diagnostics);
  warnSameNames(checked, diagnostics);
  return checked;
}
