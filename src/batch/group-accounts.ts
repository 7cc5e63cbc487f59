/** Splitting the portfolio into the groups a batch makes one deck for. */
import { SCOPE_KINDS, type Account, type ScopeKind } from '../model/model.js';

export const GROUP_FIELDS = SCOPE_KINDS;
export type GroupBy = ScopeKind;

export interface AccountGroup {
  /** The group value as written in the workbook (the account name for `account`). */
  label: string;
  accountIds: string[];
}

/** Accounts with no value for the field go together under this label. */
export const UNASSIGNED = 'Unassigned';

function groupValue(account: Account, by: GroupBy): string | undefined {
  if (by === 'account') return account.name;
  return account[by];
}

/** Groups in alphabetical order (unassigned last); accounts keep their sheet order within a group. */
export function groupAccounts(accounts: readonly Account[], by: GroupBy): AccountGroup[] {
  const groups = new Map<string, AccountGroup>();
  for (const account of accounts) {
    const label = groupValue(account, by)?.trim() || UNASSIGNED;
    // Group per account by ID: two accounts may share a name.
    const key = by === 'account' ? account.id : label.toLocaleLowerCase('en');
    const group = groups.get(key) ?? { label, accountIds: [] };
    group.accountIds.push(account.id);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.label === UNASSIGNED) - Number(b.label === UNASSIGNED) ||
      a.label.localeCompare(b.label, 'en') ||
      (a.accountIds[0] ?? '').localeCompare(b.accountIds[0] ?? ''),
  );
}
