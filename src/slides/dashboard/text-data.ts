/**
 * The data the dashboard's text templates see: the analysis flattened into template-friendly
 * values (flags instead of optional numbers that could be 0, labels for missing plans/statuses,
 * reasons as text). Every key a template names is present, `undefined` when it does not apply.
 */
import { boundedList, boundedMap, listLimit } from '../../compose/bounded-list.js';
import type { SlideText } from '../../templates/load-template.js';
import type { ComposeContext } from '../slide-module.js';
import type { DashboardResult } from './analyse.js';
import type { DangerReason, EndangeredAccount } from './endangered.js';
import type { MrrChange } from './history.js';

const KIND = 'dashboard';

export interface ChangeText {
  previousPeriod: string;
  lastPeriod: string;
  previous: number;
  last: number;
  up: boolean;
  down: boolean;
  /** |absolute change| */
  amount: number;
  /** |relative change|, undefined when the previous MRR was 0. */
  relative: number | undefined;
}

export function changeText(change: MrrChange | undefined): ChangeText | undefined {
  if (change === undefined) return undefined;
  return {
    previousPeriod: change.previousPeriod,
    lastPeriod: change.lastPeriod,
    previous: change.previous,
    last: change.last,
    up: change.absolute > 0,
    down: change.absolute < 0,
    amount: Math.abs(change.absolute),
    relative: change.relative === undefined ? undefined : Math.abs(change.relative),
  };
}

/** Reasons as text: `long` ("low engagement (28)") for notes, `short` when a table cell is tight. */
export function reasonsText(
  reasons: readonly DangerReason[],
  text: SlideText,
  form: 'long' | 'short' = 'long',
): string {
  const suffix = form === 'short' ? 'Short' : '';
  const parts = reasons.map((reason) => {
    switch (reason.kind) {
      case 'engagement':
        return text.render(KIND, `reasonEngagement${suffix}`, { value: reason.value });
      case 'satisfaction':
        return text.render(KIND, `reasonSatisfaction${suffix}`, { value: reason.value });
      case 'riskFlag':
        return text.render(KIND, `reasonFlag${suffix}`, {});
    }
  });
  return text.render(KIND, 'reasonList', { reasons: parts });
}

function endangeredText(account: EndangeredAccount, index: number, text: SlideText) {
  return {
    ...account,
    rank: index + 1,
    reasonsText: reasonsText(account.reasons, text),
    planLabel: account.plan ?? text.render(KIND, 'noPlan', {}),
  };
}

export function dashboardText(result: DashboardResult, ctx: ComposeContext) {
  const { text } = ctx;
  const { history, endangered, satisfaction, upsell } = result;
  const agreement = history.agreement;
  const limit = listLimit(ctx);
  const onboarding = result.onboarding.map((group) => ({
    ...group,
    label: group.status ?? text.render(KIND, 'noStatus', {}),
    hasPct: group.averagePct !== undefined,
  }));
  const endangeredTexts = boundedMap(
    endangered.accounts,
    (account, index) => endangeredText(account, index, text),
    limit,
  );
  return {
    ...result.params,
    source: ctx.source,
    accountCount: result.accountCount,
    totalMrr: result.totalMrr,
    withoutMrr: boundedList(result.withoutMrr, limit),
    hasHistory: history.present,
    historyPeriods: history.periods.length,
    lastPeriod: history.periods.at(-1),
    change: changeText(history.change),
    agreement:
      agreement === undefined
        ? undefined
        : {
            ...agreement,
            agrees: agreement.mismatches.length === 0,
            mismatches: boundedMap(
              agreement.mismatches,
              (row) => ({ ...row, hasAccountsMrr: row.accounts !== undefined }),
              limit,
            ),
          },
    mismatchCount: agreement?.mismatches.length ?? 0,
    plans: boundedMap(
      result.plans,
      (plan) => ({
        ...plan,
        label: plan.plan ?? text.render(KIND, 'noPlan', {}),
        change: changeText(plan.change),
      }),
      limit,
    ),
    /** Every status, for the chart (which groups the smallest); the notes list `onboardingNotes`. */
    onboarding,
    onboardingNotes: boundedList(onboarding, limit),
    satisfaction: { ...satisfaction, hasAverage: satisfaction.average !== undefined },
    upsell: { ...upsell, ignoredPremium: boundedList(upsell.ignoredPremium, limit) },
    endangered: {
      count: endangered.accounts.length,
      mrrAtRisk: endangered.mrrAtRisk,
      shareOfMrr: endangered.shareOfMrr,
      listedCount: endangered.listed.length,
      restCount: endangered.rest.count,
      restMrr: endangered.rest.mrr,
      accounts: endangeredTexts,
      /** The notes list every endangered account (false when cut at the list limit). */
      allInNotes: endangeredTexts.more === 0,
      notesCount: endangeredTexts.items.length,
      withoutMrr: boundedMap(
        endangered.withoutMrr,
        (account, index) => endangeredText(account, index, text),
        limit,
      ),
    },
  };
}

export type DashboardText = ReturnType<typeof dashboardText>;
