/**
 * Team coverage: which accounts each person covers — those listed in their Accounts cell plus those
 * naming them in the KAM column of Accounts — with the divisions and latest-period revenue of those
 * accounts. Only accounts of the model count (a batch deck for one division covers its accounts).
 */
import type { Account, KamModel } from '../../model/model.js';
import type { TeamMember, TeamSheet } from '../../model/team.js';
import { normaliseName } from '../../validate/names.js';

export interface CoveredAccount {
  id: string;
  name: string;
  /** '' when the account has no division. */
  division: string;
  /** Latest-period revenue (0 without a Revenue sheet). */
  revenue: number;
}

export interface DivisionCount {
  /** '' for accounts without a division. */
  division: string;
  accounts: number;
}

export interface MemberCoverage {
  name: string;
  role: string;
  region: string | undefined;
  /** Largest revenue first; ties by name, then ID. */
  accounts: CoveredAccount[];
  /** Most accounts first; ties by name. */
  divisions: DivisionCount[];
  revenue: number;
  /** revenue / total revenue of all accounts (0 when that is 0). */
  revenueShare: number;
}

export interface TeamCoverage {
  sheet: string;
  members: MemberCoverage[];
  accountCount: number;
  /** Accounts covered by at least one team member. */
  coveredCount: number;
  /** Accounts nobody covers, largest revenue first. */
  uncovered: CoveredAccount[];
  /** Distinct divisions of the covered accounts. */
  divisionCount: number;
  /** Label of the revenue period used (the latest), undefined without revenue periods. */
  period: string | undefined;
  totalRevenue: number;
}

function coveredAccount(model: KamModel, account: Account): CoveredAccount {
  return {
    id: account.id,
    name: account.name,
    division: account.division ?? '',
    revenue: model.revenue.values[account.id]?.at(-1) ?? 0,
  };
}

export function byRevenue(a: CoveredAccount, b: CoveredAccount): number {
  return b.revenue - a.revenue || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

export function divisionCounts(accounts: readonly CoveredAccount[]): DivisionCount[] {
  const counts = new Map<string, number>();
  for (const account of accounts)
    counts.set(account.division, (counts.get(account.division) ?? 0) + 1);
  return [...counts]
    .map(([division, count]) => ({ division, accounts: count }))
    .sort((a, b) => b.accounts - a.accounts || a.division.localeCompare(b.division));
}

/**
 * Each account's KAM as `normaliseName` has it (undefined without one), aligned with the
 * accounts: worked out once per distinct spelling, not once per account and team member.
 */
function kamNames(model: KamModel): (string | undefined)[] {
  const names = new Map<string, string>();
  return model.accounts.map((account) => {
    if (account.kam === undefined) return undefined;
    let name = names.get(account.kam);
    if (name === undefined) {
      name = normaliseName(account.kam);
      names.set(account.kam, name);
    }
    return name;
  });
}

function accountsOf(
  model: KamModel,
  member: TeamMember,
  kams: readonly (string | undefined)[],
): CoveredAccount[] {
  const listed = new Set(member.accountIds);
  const name = normaliseName(member.name);
  return model.accounts
    .filter((a, index) => listed.has(a.id) || (kams[index] !== undefined && kams[index] === name))
    .map((account) => coveredAccount(model, account))
    .sort(byRevenue);
}

export function analyseCoverage(model: KamModel, team: TeamSheet): TeamCoverage {
  const all = model.accounts.map((account) => coveredAccount(model, account));
  const totalRevenue = all.reduce((sum, account) => sum + account.revenue, 0);
  const kams = kamNames(model);
  const members = team.members.map((member): MemberCoverage => {
    const accounts = accountsOf(model, member, kams);
    const revenue = accounts.reduce((sum, account) => sum + account.revenue, 0);
    return {
      name: member.name,
      role: member.role,
      region: member.region,
      accounts,
      divisions: divisionCounts(accounts),
      revenue,
      revenueShare: totalRevenue === 0 ? 0 : revenue / totalRevenue,
    };
  });
  const coveredIds = new Set(members.flatMap((member) => member.accounts.map((a) => a.id)));
  const covered = all.filter((account) => coveredIds.has(account.id));
  return {
    sheet: team.sheet,
    members,
    accountCount: all.length,
    coveredCount: covered.length,
    uncovered: all.filter((account) => !coveredIds.has(account.id)).sort(byRevenue),
    divisionCount: new Set(covered.map((a) => a.division).filter((d) => d !== '')).size,
    period: model.revenue.periods.at(-1)?.label,
    totalRevenue,
  };
}
