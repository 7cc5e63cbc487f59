/**
 * The dashboard in the written package: the onboarding bars carry one data-point colour per
 * status (the `pointColors` spec extension), the plan chart one series, and the package has no
 * known defects.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDeck } from '../../../src/compose/compose-deck.js';
import { checkPackage } from '../../../src/render/pptx/check-package.js';
import { renderDeck } from '../../../src/render/pptx/render-deck.js';
import {
  analyseDashboard,
  DEFAULT_DASHBOARD_PARAMS,
} from '../../../src/slides/dashboard/analyse.js';
import { composeDashboard } from '../../../src/slides/dashboard/compose.js';
import { loadTheme, type ResolvedTheme } from '../../../src/theme/load-theme.js';
import { composeContext } from '../../helpers/compose.js';
import { seriesOf } from '../../render/pptx-xml.js';
import { AUG_SEP, sevenAccounts, withMrrHistory } from './fixtures.js';

const MODEL = withMrrHistory(sevenAccounts(), ['Aug 2026', 'Sep 2026'], AUG_SEP);

let planXml = '';
let onboardingXml = '';
let problems: unknown[] = [];
let theme: ResolvedTheme;

beforeAll(async () => {
  theme = await loadTheme('corporate');
  const slides = composeDashboard(
    analyseDashboard(MODEL, DEFAULT_DASHBOARD_PARAMS),
    await composeContext(MODEL.deck),
  );
  const bytes = await renderDeck(composeDeck(MODEL.deck, theme, slides));
  const zip = await JSZip.loadAsync(bytes);
  // Charts are numbered in the order the slide refers to them: plan chart, then onboarding.
  planXml = (await zip.file('ppt/charts/chart1.xml')?.async('string')) ?? '';
  onboardingXml = (await zip.file('ppt/charts/chart2.xml')?.async('string')) ?? '';
  problems = await checkPackage(bytes);
});

const hex = (color: string) => color.replace('#', '').toUpperCase();

describe('dashboard charts in the package', () => {
  it('is a package without known defects', () => {
    expect(problems).toEqual([]);
  });

  it('writes the plan chart as one horizontal bar series of current MRR', () => {
    expect(planXml).toContain('<c:barDir val="bar"/>');
    expect(seriesOf(planXml).map((series) => series.values)).toEqual([[0, 12_000, 8_000, 2_500]]);
  });

  it('colours each onboarding bar by its status with data-point colours', () => {
    const [series] = seriesOf(onboardingXml);
    expect(series?.categories).toEqual([
      'No status',
      'Completed',
      'Stalled',
      'In progress',
      'Not started',
    ]);
    const points = [...onboardingXml.matchAll(/<c:dPt>.*?<a:srgbClr val="(\w+)"\/>/gs)].map(
      (match) => match[1],
    );
    expect(points).toEqual(
      [
        theme.neutrals.grid,
        theme.status.good,
        theme.status.warning,
        theme.colors.accent1,
        theme.colors.accent5,
      ].map(hex),
    );
  });
});
