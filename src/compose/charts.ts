/** Defaults for chart specs from the theme, so builders state only what is particular to them. */
import type { ResolvedTheme } from '../theme/load-theme.js';
import { TYPE } from './layout.js';
import type { ChartSpec } from './spec.js';
import { truncateToWidth } from './text-fit.js';

export function chartDefaults(
  theme: ResolvedTheme,
  altText: string,
): Omit<ChartSpec, 'layers' | 'valueAxis'> {
  return {
    categoryAxis: { labelFontSizePt: TYPE.chartPt },
    legend: 'bottom',
    font: 'body',
    fontSizePt: TYPE.chartPt,
    textColor: theme.colors.dark1,
    gridColor: theme.neutrals.grid,
    altText,
  };
}

/**
 * Category labels shortened so that rotated labels stay inside the chart's label band: the
 * budget is a fixed length in inches along the rotated label.
 */
export function categoryLabels(
  names: readonly string[],
  maxLabelIn: number,
  sizePt: number,
): string[] {
  const labels = names.map((name) => truncateToWidth(name, maxLabelIn, sizePt));
  // Truncation can make two names equal ("Northvale Health…"); PowerPoint would merge nothing, but
  // readers would: number the duplicates.
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} (${count})`;
  });
}
