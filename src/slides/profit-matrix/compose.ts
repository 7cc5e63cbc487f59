/**
 * The profit-matrix slides: the 4 × 4 customer × product grid with a shading legend, then the
 * A-category accounts and their products (compose-accounts.ts).
 */
import { contentSlide } from '../../compose/chrome.js';
import { bodyBox, LAYOUT, splitRows, TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, SlideSpec, TextElement } from '../../compose/spec.js';
import { textWidthIn } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { ProfitMatrixResult } from './result.js';
import { composeAccountsSlide } from './compose-accounts.js';
import { composeGrid } from './compose-grid.js';
import { notesData } from './notes-data.js';
import { marginFill } from './shading.js';

const LEGEND_H_IN = 0.28;
const SWATCH_W_IN = 0.32;
const SWATCH_H_IN = 0.18;
/** Space between a swatch and its label, and between legend entries. */
const LEGEND_GAP_IN = 0.08;
const LEGEND_PT = TYPE.smallPt - 1;

interface Swatch {
  fill: string;
  label: string;
}

function swatches(result: ProfitMatrixResult, ctx: ComposeContext): Swatch[] {
  const { theme, format, text } = ctx;
  const margins = result.cells.map((cell) => cell.margin);
  const best = Math.max(0, ...margins.map((margin) => margin ?? 0));
  const entries: Swatch[] = [];
  if (margins.some((margin) => margin !== undefined && margin < 0))
    entries.push({
      fill: marginFill(-1, best, theme),
      label: text.render('profit-matrix', 'legendLoss', {}),
    });
  for (const margin of best > 0 ? [0, best / 2, best] : [0])
    entries.push({ fill: marginFill(margin, best, theme), label: format.percent(margin) });
  if (margins.some((margin) => margin === undefined))
    entries.push({
      fill: marginFill(undefined, best, theme),
      label: text.render('profit-matrix', 'legendNoSales', {}),
    });
  return entries;
}

function legendText(
  box: Box,
  value: string,
  ctx: ComposeContext,
  align: 'left' | 'right',
): TextElement {
  return {
    type: 'text',
    box,
    text: value,
    style: {
      font: 'body',
      sizePt: LEGEND_PT,
      color: ctx.theme.neutrals.muted,
      valign: 'middle',
      align,
      insetIn: 0,
    },
  };
}

/** A one-line legend: "Shading: …", swatches with labels, and where the policies come from. */
function legend(result: ProfitMatrixResult, ctx: ComposeContext, area: Box): SlideElement[] {
  const title = ctx.text.render('profit-matrix', 'legendTitle', {});
  const widthOf = (value: string) => textWidthIn(value, LEGEND_PT) + 0.1;
  const elements: SlideElement[] = [
    legendText({ ...area, wIn: widthOf(title) }, title, ctx, 'left'),
  ];
  let x = area.xIn + widthOf(title) + LEGEND_GAP_IN;
  for (const swatch of swatches(result, ctx)) {
    elements.push({
      type: 'shape',
      shape: 'rect',
      box: {
        xIn: x,
        yIn: area.yIn + (area.hIn - SWATCH_H_IN) / 2,
        wIn: SWATCH_W_IN,
        hIn: SWATCH_H_IN,
      },
      fill: swatch.fill,
      line: { color: ctx.theme.neutrals.grid, widthPt: 0.5 },
    });
    x += SWATCH_W_IN + LEGEND_GAP_IN;
    elements.push(
      legendText({ ...area, xIn: x, wIn: widthOf(swatch.label) }, swatch.label, ctx, 'left'),
    );
    x += widthOf(swatch.label) + LEGEND_GAP_IN;
  }
  const source = ctx.text.render('profit-matrix', 'legendPolicies', {
    policiesSheet: result.policies?.sheet,
  });
  const right = area.xIn + area.wIn;
  if (right - x > 1)
    elements.push(legendText({ ...area, xIn: x, wIn: right - x }, source, ctx, 'right'));
  return elements;
}

function composeMatrixSlide(result: ProfitMatrixResult, ctx: ComposeContext): SlideSpec {
  const body = bodyBox();
  const gap = LAYOUT.gapIn / 2;
  const [gridArea, legendArea] = splitRows(body, [body.hIn - gap - LEGEND_H_IN, LEGEND_H_IN], gap);
  if (gridArea === undefined || legendArea === undefined) throw new RangeError('no body regions');
  const data = notesData(result, ctx);
  return contentSlide({
    kind: 'profit-matrix',
    title: ctx.text.render('profit-matrix', 'title', data),
    headline: ctx.text.render('profit-matrix', 'headline', data),
    notes: ctx.text.render('profit-matrix', 'notes', data),
    theme: ctx.theme,
    elements: [...composeGrid(result, ctx, gridArea), ...legend(result, ctx, legendArea)],
  });
}

export function composeProfitMatrix(result: ProfitMatrixResult, ctx: ComposeContext): SlideSpec[] {
  return [composeMatrixSlide(result, ctx), composeAccountsSlide(result, ctx)];
}
