/** The onboarding chart keeps a bounded number of bars however many free-text statuses there are. */
import { describe, expect, it } from 'vitest';
import type { ChartElement, SlideSpec } from '../../../src/compose/spec.js';
import {
  analyseDashboard,
  DEFAULT_DASHBOARD_PARAMS,
} from '../../../src/slides/dashboard/analyse.js';
import { MAX_STATUS_BARS } from '../../../src/slides/dashboard/compose-onboarding-chart.js';
import { composeDashboard } from '../../../src/slides/dashboard/compose.js';
import type { KamModel } from '../../../src/model/model.js';
import { composeContext } from '../../helpers/compose.js';
import { accountsModel } from './fixtures.js';

/** `statuses[i]` accounts have status "Phase i" (i + 1 accounts each). */
function modelWithStatuses(count: number): KamModel {
  return accountsModel(
    Array.from({ length: count }, (_, status) =>
      Array.from({ length: status + 1 }, (_, member) => ({
        id: `S${status}-${member}`,
        mrr: 100,
        onboarding: `Phase ${status + 1}`,
      })),
    ).flat(),
  );
}

async function onboardingBars(model: KamModel) {
  const result = analyseDashboard(model, DEFAULT_DASHBOARD_PARAMS);
  const [slide] = composeDashboard(result, await composeContext(model.deck));
  const charts = (slide as SlideSpec).elements.filter(
    (element): element is ChartElement => element.type === 'chart',
  );
  const series = charts.at(-1)?.chart.layers[0]?.series[0];
  // Bars are listed top-down, so the chart holds them in reverse.
  return { labels: [...(series?.labels ?? [])].reverse(), values: [...(series?.values ?? [])] };
}

describe('the onboarding chart', () => {
  it('has a bar per status up to the limit', async () => {
    const { labels } = await onboardingBars(modelWithStatuses(MAX_STATUS_BARS));
    expect(labels).toHaveLength(MAX_STATUS_BARS);
  });

  it('groups the smallest statuses into one bar beyond it, keeping every account', async () => {
    const statuses = 30;
    const { labels, values } = await onboardingBars(modelWithStatuses(statuses));
    expect(labels).toHaveLength(MAX_STATUS_BARS);
    // The largest statuses keep their bars; the 23 smallest share the last one.
    expect(labels.at(-1)).toBe(`Other statuses (${statuses - MAX_STATUS_BARS + 1})`);
    expect(labels).toContain('Phase 30');
    expect(labels).not.toContain('Phase 1');
    const accounts = (statuses * (statuses + 1)) / 2;
    expect(values.reduce((sum, value) => sum + value, 0)).toBe(accounts);
  });
});
