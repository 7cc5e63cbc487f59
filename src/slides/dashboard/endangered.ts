/**
 * Endangered accounts: engagement below a threshold, satisfaction below a threshold, or an explicit
 * risk flag (any one is enough; all thresholds are strict, so a score equal to the threshold is
 * fine). A missing score is unknown, not low, and never makes an account endangered.
 *
 * Only accounts with current MRR (> 0) are listed and counted in "MRR at risk": an account with
 * no MRR has nothing to lose this month (churned, or not billing yet). Those that meet a criterion
 * are returned apart so the notes can name them.
 *
 * Order: MRR descending (importance), then days in queue descending (waiting longest first; a
 * missing value counts as 0), then name, then id.
 */
import type { Account } from '../../model/model.js';

export interface EndangeredThresholds {
  /** Endangered when engagement < this (0–100). */
  engagementBelow: number;
  /** Endangered when satisfaction < this (0–10). */
  satisfactionBelow: number;
}

export type DangerReason =
  | { kind: 'engagement'; value: number }
  | { kind: 'satisfaction'; value: number }
  | { kind: 'riskFlag' };

export interface EndangeredAccount {
  id: string;
  name: string;
  plan: string | undefined;
  /** Current MRR (0 when the Accounts sheet has none). */
  mrr: number;
  daysInQueue: number | undefined;
  renewalDate: Date | undefined;
  /** In a fixed order: engagement, satisfaction, risk flag. */
  reasons: DangerReason[];
}

export interface EndangeredSummary {
  /** Accounts with MRR > 0 meeting a criterion, in list order. */
  accounts: EndangeredAccount[];
  /** Sum of their MRR. */
  mrrAtRisk: number;
  /** mrrAtRisk / total MRR (0 when the total is 0). */
  shareOfMrr: number;
  /** The first `maxListed` accounts. */
  listed: EndangeredAccount[];
  /** The accounts beyond `maxListed`. */
  rest: { count: number; mrr: number };
  /** Accounts meeting a criterion but with no current MRR (empty or 0), by name. */
  withoutMrr: EndangeredAccount[];
}

export function dangerReasons(account: Account, thresholds: EndangeredThresholds): DangerReason[] {
  const reasons: DangerReason[] = [];
  if (account.engagement !== undefined && account.engagement < thresholds.engagementBelow)
    reasons.push({ kind: 'engagement', value: account.engagement });
  if (account.satisfaction !== undefined && account.satisfaction < thresholds.satisfactionBelow)
    reasons.push({ kind: 'satisfaction', value: account.satisfaction });
  if (account.riskFlag === true) reasons.push({ kind: 'riskFlag' });
  return reasons;
}

export function compareEndangered(a: EndangeredAccount, b: EndangeredAccount): number {
  return (
    b.mrr - a.mrr ||
    (b.daysInQueue ?? 0) - (a.daysInQueue ?? 0) ||
    a.name.localeCompare(b.name, 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function toEndangered(account: Account, reasons: DangerReason[]): EndangeredAccount {
  return {
    id: account.id,
    name: account.name,
    plan: account.plan,
    mrr: account.mrr ?? 0,
    daysInQueue: account.daysInQueue,
    renewalDate: account.renewalDate,
    reasons,
  };
}

export function analyseEndangered(
  accounts: readonly Account[],
  thresholds: EndangeredThresholds,
  maxListed: number,
  totalMrr: number,
): EndangeredSummary {
  const flagged = accounts.flatMap((account) => {
    const reasons = dangerReasons(account, thresholds);
    return reasons.length === 0 ? [] : [toEndangered(account, reasons)];
  });
  const endangered = flagged.filter((account) => account.mrr > 0).sort(compareEndangered);
  const mrrAtRisk = endangered.reduce((sum, account) => sum + account.mrr, 0);
  const rest = endangered.slice(maxListed);
  return {
    accounts: endangered,
    mrrAtRisk,
    shareOfMrr: totalMrr === 0 ? 0 : mrrAtRisk / totalMrr,
    listed: endangered.slice(0, maxListed),
    rest: { count: rest.length, mrr: rest.reduce((sum, account) => sum + account.mrr, 0) },
    withoutMrr: flagged
      .filter((account) => account.mrr <= 0)
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1)),
  };
}
