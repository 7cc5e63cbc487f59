/**
 * The Gantt's header band: column titles over the left columns and two tiers of axis labels —
 * units below (the day of each week's Monday, months, quarters or years; every k-th when units
 * are too narrow for their labels) and, above them, the period they belong to (the month of a
 * week, the year of a month or quarter).
 */
import { bodyStyle } from '../../compose/chrome.js';
import { TYPE } from '../../compose/layout.js';
import type { TextElement } from '../../compose/spec.js';
import { textWidthIn, truncateToWidth } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import { LABEL_INSET_IN, labelWidthIn } from './fit-lines.js';
import type { Column, GanttLayout } from './gantt-layout.js';
import { xForDate, type TimeAxis } from './time-axis.js';

export const AXIS_LABEL_PT = TYPE.smallPt - 1;
/** Space kept between neighbouring axis labels, in inches. */
const LABEL_PADDING_IN = 0.1;

const UNIT_PART = {
  week: 'tickWeek',
  month: 'tickMonth',
  quarter: 'tickQuarter',
  year: 'tickYear',
};
const PERIOD_PART = { week: 'periodWeek', month: 'periodMonth', quarter: 'periodQuarter' };

function dateParts(tick: Date, ctx: ComposeContext) {
  const intl = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(ctx.format.locale, { ...options, timeZone: 'UTC' }).format(tick);
  return {
    day: tick.getUTCDate(),
    month: intl({ month: 'short' }),
    year: tick.getUTCFullYear(),
    quarter: Math.floor(tick.getUTCMonth() / 3) + 1,
  };
}

/** The period a tick belongs to in the upper tier (none for years). */
function periodKey(tick: Date, unit: TimeAxis['unit']): number | undefined {
  if (unit === 'year') return undefined;
  return unit === 'week' ? tick.getUTCFullYear() * 12 + tick.getUTCMonth() : tick.getUTCFullYear();
}

export const tickX = (axis: TimeAxis, index: number, chart: Column) =>
  xForDate(axis, axis.ticks[index] ?? axis.end, chart.xIn, chart.wIn);

function label(
  text: string,
  xIn: number,
  toIn: number,
  tier: { yIn: number; hIn: number },
  bold: boolean,
  align: 'left' | 'center',
  ctx: ComposeContext,
): TextElement | undefined {
  const fitted = truncateToWidth(text, labelWidthIn(toIn - xIn), AXIS_LABEL_PT, bold);
  if (fitted === '…') return undefined;
  return {
    type: 'text',
    box: { xIn, yIn: tier.yIn, wIn: toIn - xIn, hIn: tier.hIn },
    text: fitted,
    style: bodyStyle(ctx.theme, {
      sizePt: AXIS_LABEL_PT,
      bold,
      color: bold ? ctx.theme.colors.dark2 : ctx.theme.neutrals.muted,
      align,
      valign: 'bottom',
      insetIn: LABEL_INSET_IN,
    }),
  };
}

/** Column titles: Workstream, Task and (when shown) Owner. */
export function columnHeaders(layout: GanttLayout, ctx: ComposeContext): TextElement[] {
  const columns: [string, Column | undefined][] = [
    ['headerWorkstream', layout.workstream],
    ['headerTask', layout.task],
    ['headerOwner', layout.owner],
  ];
  return columns.flatMap(([part, column]) => {
    if (column === undefined) return [];
    const text = ctx.text.render('timeline', part, {});
    const element = label(
      text,
      column.xIn,
      column.xIn + column.wIn,
      layout.header,
      true,
      'left',
      ctx,
    );
    return element === undefined
      ? []
      : [{ ...element, style: { ...element.style, color: ctx.theme.neutrals.muted } }];
  });
}

/** Show every k-th unit label, k the smallest step at which the widest label fits its span. */
export function labelStep(axis: TimeAxis, labels: readonly string[], chart: Column): number {
  const xs = axis.ticks.map((_, index) => tickX(axis, index, chart));
  const narrowest = Math.min(...xs.slice(1).map((x, index) => x - (xs[index] ?? 0)));
  const widest = Math.max(0, ...labels.map((text) => textWidthIn(text, AXIS_LABEL_PT)));
  return Math.max(1, Math.ceil((widest + LABEL_PADDING_IN + 2 * LABEL_INSET_IN) / narrowest));
}

/** Runs of consecutive units in the same period: [first unit, last unit + 1). */
export function periodRuns(axis: TimeAxis): { from: number; to: number }[] {
  if (axis.unit === 'year') return [];
  const runs: { from: number; to: number; key: number | undefined }[] = [];
  for (let index = 0; index < axis.ticks.length - 1; index += 1) {
    const key = periodKey(axis.ticks[index] ?? axis.start, axis.unit);
    const last = runs.at(-1);
    if (last !== undefined && key === last.key) last.to = index + 1;
    else runs.push({ from: index, to: index + 1, key });
  }
  return runs.map(({ from, to }) => ({ from, to }));
}

export function axisLabels(
  axis: TimeAxis,
  layout: GanttLayout,
  ctx: ComposeContext,
): TextElement[] {
  const { chart, header } = layout;
  const half = header.hIn / 2;
  const upper = { yIn: header.yIn, hIn: half };
  const lower = { yIn: header.yIn + half, hIn: half };
  const units = axis.ticks.length - 1;
  const texts = Array.from({ length: units }, (_, index) =>
    ctx.text.render(
      'timeline',
      UNIT_PART[axis.unit],
      dateParts(axis.ticks[index] ?? axis.start, ctx),
    ),
  );
  const step = labelStep(axis, texts, chart);
  const elements: (TextElement | undefined)[] = [];
  for (let index = 0; index < units; index += step) {
    const to = tickX(axis, Math.min(index + step, units), chart);
    elements.push(
      label(
        texts[index] ?? '',
        tickX(axis, index, chart),
        to,
        lower,
        false,
        step === 1 ? 'center' : 'left',
        ctx,
      ),
    );
  }
  if (axis.unit !== 'year') {
    const part = PERIOD_PART[axis.unit];
    for (const run of periodRuns(axis)) {
      const text = ctx.text.render(
        'timeline',
        part,
        dateParts(axis.ticks[run.from] ?? axis.start, ctx),
      );
      elements.push(
        label(
          text,
          tickX(axis, run.from, chart),
          tickX(axis, run.to, chart),
          upper,
          true,
          'left',
          ctx,
        ),
      );
    }
  }
  return elements.filter((element): element is TextElement => element !== undefined);
}
