/**
 * The MRR bridge between two periods: every account's MRR at the start against its MRR at the end,
 * classified as new (0 → >0), expansion (up), contraction (down, still >0), churn (>0 → 0) or flat.
 * An account with no MRR at either end is in no bucket — also one that started and churned between
 * the two periods, because only the two end points are compared.
 *
 *   start + new + expansion − contraction − churn = end        (exact in real arithmetic)
 *
 * Ratios follow the KAM methods guide; each is undefined (not 0, not 100%) when nothing was paying
 * at the start:
 *   GRR  = (start − churn − contraction) / start               never above 100%
 *   NRR  = (start − churn − contraction + expansion) / start   new accounts excluded
 *   logo = (accounts at end − new accounts) / accounts at start
 */

export type MovementKind = 'new' | 'expansion' | 'contraction' | 'churn' | 'flat';

/** One account's MRR at both ends of a bridge and how it moved. */
export interface AccountMovement {
  id: string;
  name: string;
  start: number;
  end: number;
  kind: MovementKind;
}

export interface MovementCounts {
  /** Accounts with MRR > 0 at the start / at the end. */
  start: number;
  end: number;
  new: number;
  expansion: number;
  contraction: number;
  churn: number;
  flat: number;
}

export interface Bridge {
  /** Period labels of the two ends. */
  from: string;
  to: string;
  /** Total MRR at the start and at the end. */
  start: number;
  end: number;
  /** Movements, all ≥ 0; contraction and churn are subtracted. */
  new: number;
  expansion: number;
  contraction: number;
  churn: number;
  counts: MovementCounts;
  /** Undefined when nothing was paying at the start. */
  grr: number | undefined;
  nrr: number | undefined;
  logoRetention: number | undefined;
}

export interface AccountMrr {
  id: string;
  name: string;
  start: number;
  end: number;
}

/** How one account moved; undefined when it had no MRR at either end. */
export function classifyMovement(start: number, end: number): MovementKind | undefined {
  if (start <= 0) return end > 0 ? 'new' : undefined;
  if (end <= 0) return 'churn';
  if (end > start) return 'expansion';
  return end < start ? 'contraction' : 'flat';
}

/** The accounts that moved or stayed, with their movement kind; inactive accounts are left out. */
export function accountMovements(accounts: readonly AccountMrr[]): AccountMovement[] {
  // A loop with the fields listed (no flatMap, no spread): it runs per bridge over every account.
  const movements: AccountMovement[] = [];
  for (const { id, name, start, end } of accounts) {
    const kind = classifyMovement(start, end);
    if (kind !== undefined) movements.push({ id, name, start, end, kind });
  }
  return movements;
}

function emptyBridge(from: string, to: string): Bridge {
  return {
    from,
    to,
    start: 0,
    end: 0,
    new: 0,
    expansion: 0,
    contraction: 0,
    churn: 0,
    counts: { start: 0, end: 0, new: 0, expansion: 0, contraction: 0, churn: 0, flat: 0 },
    grr: undefined,
    nrr: undefined,
    logoRetention: undefined,
  };
}

/** Adds one account's MRR at both ends to the bridge totals (the amount moved is always ≥ 0). */
function addAccount(bridge: Bridge, start: number, end: number): void {
  const kind = classifyMovement(start, end);
  if (kind === undefined) return; // inactive at both ends: in no bucket
  bridge.start += start;
  bridge.end += end;
  if (start > 0) bridge.counts.start += 1;
  if (end > 0) bridge.counts.end += 1;
  bridge.counts[kind] += 1;
  if (kind === 'new') bridge.new += end;
  else if (kind === 'expansion') bridge.expansion += end - start;
  else if (kind === 'contraction') bridge.contraction += start - end;
  else if (kind === 'churn') bridge.churn += start;
}

function withRatios(bridge: Bridge): Bridge {
  if (bridge.start > 0) {
    const kept = bridge.start - bridge.churn - bridge.contraction;
    // kept ≤ start by construction; min() only absorbs float noise so GRR never shows 100.0001%.
    bridge.grr = Math.min(1, kept / bridge.start);
    bridge.nrr = (kept + bridge.expansion) / bridge.start;
  }
  if (bridge.counts.start > 0) {
    bridge.logoRetention = (bridge.counts.end - bridge.counts.new) / bridge.counts.start;
  }
  return bridge;
}

/** Totals, counts and ratios of a bridge from the accounts' MRR at its two ends. */
export function computeBridge(from: string, to: string, accounts: readonly AccountMrr[]): Bridge {
  const bridge = emptyBridge(from, to);
  for (const { start, end } of accounts) addAccount(bridge, start, end);
  return withRatios(bridge);
}

/**
 * The same bridge straight from each account's MRR series (missing series or values count as 0),
 * without an object per account: a trend computes one bridge per pair of periods.
 */
export function bridgeOfSeries(
  from: string,
  to: string,
  series: readonly (readonly number[] | undefined)[],
  startIndex: number,
  endIndex: number,
): Bridge {
  const bridge = emptyBridge(from, to);
  for (const values of series)
    addAccount(bridge, values?.[startIndex] ?? 0, values?.[endIndex] ?? 0);
  return withRatios(bridge);
}

/** start + new + expansion − contraction − churn: equals `end` up to float rounding. */
export function bridgeEnd(bridge: Bridge): number {
  return bridge.start + bridge.new + bridge.expansion - bridge.contraction - bridge.churn;
}
