/**
 * A model narrowed to some accounts, for one deck of a batch: accounts, their per-period rows and
 * every optional sheet's rows that belong to them. The deck says which group it covers.
 */
import type { KamModel, PeriodTable } from '../model/model.js';

export function restrictPeriodTable(table: PeriodTable, ids: ReadonlySet<string>): PeriodTable {
  return {
    periods: table.periods,
    values: Object.fromEntries(Object.entries(table.values).filter(([id]) => ids.has(id))),
  };
}

export function restrictModel(model: KamModel, ids: ReadonlySet<string>, scope: string): KamModel {
  const restricted: KamModel = {
    ...model,
    deck: { ...model.deck, scope },
    accounts: model.accounts.filter((account) => ids.has(account.id)),
    revenue: restrictPeriodTable(model.revenue, ids),
  };
  if (model.mrr !== undefined) restricted.mrr = restrictPeriodTable(model.mrr, ids);
  return restricted;
}
