/**
 * A model narrowed to some accounts, for one deck of a batch: accounts, their per-period rows and
 * every optional sheet's rows that belong to them. Rows tied to no account (plan tasks without an
 * Account ID, team members without listed accounts, RACI, the charter) are team-wide and stay.
 * The deck says which group it covers.
 */
import type { KamModel, OptionalData, PeriodTable } from '../model/model.js';

type Ids = ReadonlySet<string>;
type Restrictors = {
  [Key in keyof OptionalData]-?: (
    value: NonNullable<OptionalData[Key]>,
    ids: Ids,
  ) => NonNullable<OptionalData[Key]>;
};

export function restrictPeriodTable(table: PeriodTable, ids: Ids): PeriodTable {
  return {
    periods: table.periods,
    values: Object.fromEntries(Object.entries(table.values).filter(([id]) => ids.has(id))),
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
  team: (team, ids) =>
    team.team === undefined
      ? team
      : {
          ...team,
          team: {
            ...team.team,
            members: team.team.members.filter(
              (member) =>
                member.accountIds.length === 0 || member.accountIds.some((id) => ids.has(id)),
            ),
          },
        },
  charter: (charter) => charter,
};

/** Applies one restrictor; the record's typing guarantees each key gets its own function. */
function restrictOptional(model: KamModel, key: keyof OptionalData, ids: Ids): unknown {
  const value = model[key];
  if (value === undefined) return undefined;
  const restrict = RESTRICTORS[key] as (value: unknown, ids: Ids) => unknown;
  return restrict(value, ids);
}

export function restrictModel(model: KamModel, ids: Ids, scope: string): KamModel {
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
