/**
 * A model narrowed to some accounts, for one deck of a batch: accounts, their per-period rows and
 * every optional sheet's rows that belong to them. Rows tied to no account (plan tasks without an
 * Account ID, team members without listed accounts, RACI, the charter) are team-wide and stay.
 * The deck says which group it covers.
 */
import type { DeckScope, KamModel, OptionalData, PeriodTable } from '../model/model.js';

type Ids = ReadonlySet<string>;
type Restrictors = {
  [Key in keyof OptionalData]-?: (
    value: NonNullable<OptionalData[Key]>,
    ids: Ids,
    model: KamModel,
  ) => NonNullable<OptionalData[Key]>;
};

export function restrictPeriodTable(table: PeriodTable, ids: Ids): PeriodTable {
  return {
    periods: table.periods,
    values: Object.fromEntries(Object.entries(table.values).filter(([id]) => ids.has(id))),
  };
}

const nameKey = (name: string | undefined) => (name ?? '').trim().toLocaleLowerCase('en');

/**
 * A team member stays in a group's deck when they cover one of its accounts (listed in the Team
 * sheet, or as the account's KAM), or when they cover no account at all (team-wide roles).
 */
function coversGroup(model: KamModel, ids: Ids) {
  const groupKams = new Set(model.accounts.filter((a) => ids.has(a.id)).map((a) => nameKey(a.kam)));
  const allKams = new Set(model.accounts.map((a) => nameKey(a.kam)));
  return (member: { name: string; accountIds: string[] }): boolean => {
    if (member.accountIds.some((id) => ids.has(id)) || groupKams.has(nameKey(member.name)))
      return true;
    return member.accountIds.length === 0 && !allKams.has(nameKey(member.name));
  };
}

const belongs = (ids: Ids) => (row: { accountId: string }) => ids.has(row.accountId);

function pickKeys<T>(
  record: Record<string, T> | undefined,
  ids: Ids,
): Record<string, T> | undefined {
  return record === undefined
    ? undefined
    : Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
}

const RESTRICTORS: Restrictors = {
  mrr: restrictPeriodTable,
  scoring: (scoring, ids) => ({ ...scoring, accounts: scoring.accounts.filter(belongs(ids)) }),
  sales: (sales, ids) => {
    const customerCategories = pickKeys(sales.customerCategories, ids);
    return {
      ...sales,
      lines: sales.lines.filter(belongs(ids)),
      ...(customerCategories ? { customerCategories } : {}),
    };
  },
  stakeholders: (data, ids) => ({
    ...data,
    people: data.people.filter(belongs(ids)),
    influences: data.influences.filter(belongs(ids)),
  }),
  timeline: (timeline, ids) => ({
    ...timeline,
    tasks: timeline.tasks.filter((task) => task.accountId === undefined || ids.has(task.accountId)),
  }),
  divisions: (divisions, ids) => ({
    ...divisions,
    divisions: divisions.divisions.filter(belongs(ids)),
  }),
  team: (team, ids, model) =>
    team.team === undefined
      ? team
      : {
          ...team,
          team: { ...team.team, members: team.team.members.filter(coversGroup(model, ids)) },
        },
  charter: (charter) => charter,
};

/** Applies one restrictor; the record's typing guarantees each key gets its own function. */
function restrictOptional(model: KamModel, key: keyof OptionalData, ids: Ids): unknown {
  const value = model[key];
  if (value === undefined) return undefined;
  const restrict = RESTRICTORS[key] as (value: unknown, ids: Ids, model: KamModel) => unknown;
  return restrict(value, ids, model);
}

export function restrictModel(model: KamModel, ids: Ids, scope: DeckScope): KamModel {
  const restricted: KamModel = {
    ...model,
    deck: { ...model.deck, scope },
    accounts: model.accounts.filter((account) => ids.has(account.id)),
    revenue: restrictPeriodTable(model.revenue, ids),
  };
  const optional: Record<string, unknown> = {};
  for (const key of Object.keys(RESTRICTORS) as (keyof OptionalData)[]) {
    const value = restrictOptional(model, key, ids);
    if (value !== undefined) optional[key] = value;
  }
  return { ...restricted, ...(optional as OptionalData) };
}
