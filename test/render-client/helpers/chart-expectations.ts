/**
 * What a chart's embedded workbook must hold, derived from its ChartSpec alone: the table that
 * PowerPoint's "Edit Data" opens. Category charts (bar, line, pie, doughnut and their combos) have
 * the labels in column A and one column per series, all layers in order; scatter charts the X
 * values in column A and one column per Y series; bubble charts X, then Y and size per series.
 */
import type { ChartSpec } from '../../../src/compose/spec.js';
import type { CachedSeries, Cell } from './chart-parts.js';

export interface ExpectedColumn {
  /** The header cell, when the workbook names the column after the series. */
  name?: string;
  values: readonly (number | string)[];
}

function isXy(chart: ChartSpec): boolean {
  return chart.layers.some((layer) => layer.type === 'scatter' || layer.type === 'bubble');
}

export function expectedColumns(chart: ChartSpec): ExpectedColumn[] {
  const series = chart.layers.flatMap((layer) => layer.series);
  const [layer] = chart.layers;
  if (layer !== undefined && isXy(chart)) {
    const x: ExpectedColumn = { values: layer.xValues ?? [] };
    return [
      x,
      ...layer.series.flatMap((s): ExpectedColumn[] =>
        layer.type === 'bubble'
          ? [{ name: s.name, values: s.values }, { values: s.sizes ?? [] }]
          : [{ name: s.name, values: s.values }],
      ),
    ];
  }
  return [
    { values: series[0]?.labels ?? [] },
    ...series.map((s) => ({ name: s.name, values: s.values })),
  ];
}

/** Equal numbers, allowing only the float noise of a decimal round trip (far below a cent). */
export function sameNumber(actual: unknown, expected: number): boolean {
  return (
    typeof actual === 'number' &&
    Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
  );
}

function sameCell(actual: Cell, expected: number | string): boolean {
  return typeof expected === 'number' ? sameNumber(actual, expected) : actual === expected;
}

/** Every difference between the workbook's table and the spec, as readable lines. */
export function workbookMismatches(table: Cell[][], chart: ChartSpec): string[] {
  const problems: string[] = [];
  const [header = [], ...rows] = table;
  const columns = expectedColumns(chart);
  const longest = Math.max(...columns.map((column) => column.values.length));
  if (rows.length !== longest) problems.push(`${rows.length} data rows, expected ${longest}`);
  columns.forEach((column, index) => {
    const label = column.name === undefined ? `column ${index + 1}` : `series "${column.name}"`;
    if (column.name !== undefined && header[index] !== column.name)
      problems.push(
        `column ${index + 1} is headed ${JSON.stringify(header[index])}, expected "${column.name}"`,
      );
    column.values.forEach((value, row) => {
      const actual = rows[row]?.[index];
      if (!sameCell(actual, value))
        problems.push(`${label} row ${row + 2}: workbook ${JSON.stringify(actual)}, spec ${value}`);
    });
  });
  return problems;
}

/** Every difference between the values cached in the chart XML and the spec's series. */
export function cacheMismatches(cached: CachedSeries[], chart: ChartSpec): string[] {
  const series = chart.layers.flatMap((layer) => layer.series);
  const problems: string[] = [];
  if (cached.length !== series.length)
    problems.push(`${cached.length} series in the chart XML, expected ${series.length}`);
  series.forEach((spec, index) => {
    const actual = cached[index];
    if (actual === undefined) return;
    if (actual.name !== spec.name)
      problems.push(`series ${index + 1} is named "${actual.name}", expected "${spec.name}"`);
    const wrong = spec.values.findIndex((value, i) => !sameNumber(actual.values[i], value));
    if (wrong >= 0 || actual.values.length !== spec.values.length)
      problems.push(
        `series "${spec.name}" caches ${JSON.stringify(actual.values)}, spec ${JSON.stringify(spec.values)}`,
      );
    const sizes = spec.sizes ?? [];
    if (sizes.some((size, i) => !sameNumber(actual.sizes[i], size)))
      problems.push(
        `series "${spec.name}" caches sizes ${JSON.stringify(actual.sizes)}, spec ${JSON.stringify(sizes)}`,
      );
    if (!isXy(chart) && JSON.stringify(actual.categories) !== JSON.stringify(spec.labels))
      problems.push(
        `series "${spec.name}" caches categories ${JSON.stringify(actual.categories)}, spec ${JSON.stringify(spec.labels)}`,
      );
  });
  return problems;
}
