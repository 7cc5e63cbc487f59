/**
 * Division map analysis: per account, the client's divisions × our offerings with each cell's
 * status, and the whitespace — cells with no business yet (Opportunity, Competitor or None; Active
 * and Pilot are business). Whitespace value = the values written in whitespace cells (known
 * opportunity and competitor-held business); business value = the values of Active and Pilot cells.
 */
import {
  isWhitespace,
  OFFERING_STATUSES,
  type DivisionCell,
  type OfferingStatus,
} from '../../model/divisions.js';
import type { KamModel } from '../../model/model.js';

export interface DivisionMapParams {
  /** One account (its ID); default every account of the sheet, largest revenue first. */
  account?: string | undefined;
  /** Most accounts given a slide when no account is chosen; the rest are named in the notes. */
  maxAccounts: number;
}

export const DEFAULT_DIVISION_MAP_PARAMS: DivisionMapParams = { maxAccounts: 10 };

export interface CellTotals {
  cells: number;
  byStatus: Record<OfferingStatus, number>;
  whitespace: number;
  /** whitespace / cells (0 for no cells). */
  whitespaceShare: number;
  whitespaceValue: number;
  businessValue: number;
  opportunityValue: number;
  competitorValue: number;
}

export interface DivisionRowResult {
  division: string;
  cells: DivisionCell[];
  totals: CellTotals;
}

export interface OfferingResult {
  name: string;
  /** Divisions where this offering is Active or Pilot. */
  businessDivisions: number;
  totals: CellTotals;
}

export interface DivisionGrid {
  account: { id: string; name: string };
  offerings: OfferingResult[];
  rows: DivisionRowResult[];
  totals: CellTotals;
  /** Whitespace cells with a value, largest first (ties by division then offering). */
  valuedWhitespace: { division: string; offering: string; status: OfferingStatus; value: number }[];
}

export interface DivisionMapResult {
  sheet: string;
  grids: DivisionGrid[];
  /** Accounts of the sheet left out by `maxAccounts`, in the same order. */
  omitted: { id: string; name: string }[];
}

export function cellTotals(cells: readonly DivisionCell[]): CellTotals {
  const byStatus = Object.fromEntries(OFFERING_STATUSES.map((status) => [status, 0])) as Record<
    OfferingStatus,
    number
  >;
  const sum = (keep: (cell: DivisionCell) => boolean) =>
    cells.filter(keep).reduce((total, cell) => total + (cell.value ?? 0), 0);
  for (const cell of cells) byStatus[cell.status] += 1;
  const whitespace = cells.filter((cell) => isWhitespace(cell.status)).length;
  return {
    cells: cells.length,
    byStatus,
    whitespace,
    whitespaceShare: cells.length === 0 ? 0 : whitespace / cells.length,
    whitespaceValue: sum((cell) => isWhitespace(cell.status)),
    businessValue: sum((cell) => !isWhitespace(cell.status)),
    opportunityValue: sum((cell) => cell.status === 'Opportunity'),
    competitorValue: sum((cell) => cell.status === 'Competitor'),
  };
}

/** `account` as `accountsInSheet` names it (its ID when it is not in the Accounts sheet). */
function gridFor(model: KamModel, account: { id: string; name: string }): DivisionGrid {
  const { id: accountId, name } = account;
  const data = model.divisions ?? { sheet: '', offerings: [], divisions: [] };
  const rows = data.divisions
    .filter((division) => division.accountId === accountId)
    .map((division) => ({
      division: division.division,
      cells: division.cells,
      totals: cellTotals(division.cells),
    }));
  const offerings = data.offerings.map((name, index) => {
    const column = rows.flatMap((row) => row.cells[index] ?? []);
    const totals = cellTotals(column);
    return { name, businessDivisions: totals.cells - totals.whitespace, totals };
  });
  const valuedWhitespace = rows
    .flatMap((row) =>
      row.cells.flatMap((cell, index) =>
        isWhitespace(cell.status) && cell.value !== undefined
          ? [
              {
                division: row.division,
                offering: data.offerings[index] ?? '',
                status: cell.status,
                value: cell.value,
              },
            ]
          : [],
      ),
    )
    .sort(
      (a, b) =>
        b.value - a.value ||
        a.division.localeCompare(b.division) ||
        a.offering.localeCompare(b.offering),
    );
  return {
    account: { id: accountId, name },
    offerings,
    rows,
    totals: cellTotals(rows.flatMap((row) => row.cells)),
    valuedWhitespace,
  };
}

/** Latest-period revenue of an account (0 without a Revenue sheet). */
function latestRevenue(model: KamModel, accountId: string): number {
  return model.revenue.values[accountId]?.at(-1) ?? 0;
}

/** Accounts of the sheet by latest revenue, largest first; ties by name, then ID. */
export function accountsInSheet(model: KamModel): { id: string; name: string }[] {
  const ids = [
    ...new Set((model.divisions?.divisions ?? []).map((division) => division.accountId)),
  ];
  // The first account of each ID, as `find` would give (one lookup table, not a search per ID).
  const names = new Map<string, string>();
  for (const account of model.accounts)
    if (!names.has(account.id)) names.set(account.id, account.name);
  const named = ids.map((id) => ({ id, name: names.get(id) ?? id }));
  return named.sort(
    (a, b) =>
      latestRevenue(model, b.id) - latestRevenue(model, a.id) ||
      a.name.localeCompare(b.name) ||
      a.id.localeCompare(b.id),
  );
}

export function analyseDivisionMap(model: KamModel, params: DivisionMapParams): DivisionMapResult {
  const accounts = accountsInSheet(model);
  const chosen =
    params.account === undefined
      ? accounts.slice(0, params.maxAccounts)
      : accounts.filter((account) => account.id === params.account);
  const omitted = params.account === undefined ? accounts.slice(params.maxAccounts) : [];
  return {
    sheet: model.divisions?.sheet ?? 'Divisions',
    grids: chosen.map((account) => gridFor(model, account)),
    omitted,
  };
}
