/**
 * The 4 × 4 grid of the matrix slide: a corner caption, one header per product category (its
 * margin and products), one header per customer category (accounts, share of profit) and sixteen
 * cells with the policy, revenue, profit, margin and accounts, shaded by margin.
 */
import { TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, TextElement } from '../../compose/spec.js';
import { linesHeightIn } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { MatrixCell, ProfitMatrixResult } from './result.js';
import { marginDigits } from './display.js';
import { clampLines, commonFitSize, joinToWidth, linesThatFit } from './fit-text.js';
import { gridGeometry, lineRuns, textBox, usableHeight, usableWidth } from './grid-layout.js';
import { policyText } from './policies.js';
import { marginFill } from './shading.js';

/** Product names in a column header wrap to at most this many lines. */
const HEADER_NAME_LINES = 2;
const CATEGORY_LETTER_PT = 20;
const POLICY_MAX_PT = 11;

function columnHeaders(result: ProfitMatrixResult, ctx: ComposeContext, boxes: Box[]) {
  const { text, theme } = ctx;
  const fill = theme.colors.dark2;
  return result.productTotals.map((total, index) => {
    const box = boxes[index] ?? boxes[0];
    if (box === undefined) throw new RangeError('no header box');
    const names = result.products.filter((p) => p.category === total.category).map((p) => p.name);
    const products = joinToWidth(
      names,
      usableWidth(box),
      TYPE.smallPt - 1,
      (more) => text.render('profit-matrix', 'moreProducts', { more }),
      HEADER_NAME_LINES,
    );
    const heading = text.render('profit-matrix', 'productHeader', {
      ...total,
      marginDigits: marginDigits(total.margin),
      products: names.length,
    });
    return textBox(
      box,
      [
        { text: heading, bold: true, sizePt: TYPE.bodyPt, breakLine: true },
        {
          text: products === '' ? text.render('profit-matrix', 'noProducts', {}) : products,
          sizePt: TYPE.smallPt - 1,
        },
      ],
      theme,
      fill,
      'center',
    );
  });
}

function rowHeaders(result: ProfitMatrixResult, ctx: ComposeContext, boxes: Box[]) {
  const { text, theme } = ctx;
  const fill = theme.colors.dark2;
  return result.customerTotals.map((total, index) => {
    const box = boxes[index] ?? boxes[0];
    if (box === undefined) throw new RangeError('no header box');
    const detail = text.render('profit-matrix', 'customerHeader', total);
    return textBox(
      box,
      [
        { text: total.category, bold: true, sizePt: CATEGORY_LETTER_PT, breakLine: true },
        ...lineRuns(detail, { sizePt: TYPE.smallPt - 1 }),
      ],
      theme,
      fill,
      'center',
    );
  });
}

function cellFigures(cell: MatrixCell, ctx: ComposeContext): string {
  return cell.margin === undefined
    ? ctx.text.render('profit-matrix', 'cellEmpty', cell)
    : ctx.text.render('profit-matrix', 'cellFigures', {
        ...cell,
        margin: cell.margin,
        marginDigits: marginDigits(cell.margin),
      });
}

function cells(result: ProfitMatrixResult, ctx: ComposeContext, boxes: Box[]): TextElement[] {
  const { theme } = ctx;
  const figureSize = TYPE.smallPt - 0.5;
  const sample = boxes[0];
  if (sample === undefined) return [];
  const figures = result.cells.map((cell) => cellFigures(cell, ctx));
  const figureLines = Math.max(...figures.map((figure) => figure.split('\n').length));
  const policyH = usableHeight(sample) - linesHeightIn(figureLines, figureSize) - 0.04;
  const policies = result.cells.map((cell) => policyText(result, cell, ctx));
  const width = usableWidth(sample);
  const policySize = commonFitSize(policies, width, policyH, POLICY_MAX_PT, TYPE.minimumPt, true);
  const maxLines = linesThatFit(policyH, policySize);
  const best = Math.max(0, ...result.cells.map((cell) => cell.margin ?? 0));
  return result.cells.map((cell, index) => {
    const box = boxes[index] ?? sample;
    const fill = marginFill(cell.margin, best, theme);
    const muted = cell.margin === undefined ? theme.neutrals.muted : undefined;
    const policy = clampLines(policies[index] ?? '', width, policySize, maxLines, true);
    return {
      ...textBox(
        box,
        [
          {
            text: policy,
            bold: true,
            sizePt: policySize,
            breakLine: true,
            ...(muted ? { color: muted } : {}),
          },
          ...lineRuns(figures[index] ?? '', {
            sizePt: figureSize,
            ...(muted ? { color: muted } : {}),
          }),
        ],
        theme,
        fill,
      ),
    };
  });
}

function corner(ctx: ComposeContext, box: Box): TextElement {
  const { theme, text } = ctx;
  const fill = theme.colors.light2;
  return textBox(
    box,
    lineRuns(text.render('profit-matrix', 'corner', {}), {
      sizePt: TYPE.smallPt - 1,
      color: theme.colors.dark2,
    }),
    theme,
    fill,
    'center',
  );
}

export function composeGrid(
  result: ProfitMatrixResult,
  ctx: ComposeContext,
  area: Box,
): SlideElement[] {
  const geometry = gridGeometry(area);
  return [
    corner(ctx, geometry.corner),
    ...columnHeaders(result, ctx, geometry.columnHeaders),
    ...rowHeaders(result, ctx, geometry.rowHeaders),
    ...cells(result, ctx, geometry.cells),
  ];
}
