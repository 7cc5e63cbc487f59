/**
 * The grid of one division-map slide: offering names across the top, client divisions down the
 * left, one tile per cell coloured by status with its status word and value, and a whitespace
 * summary per division on the right.
 */
import { bodyStyle } from '../../compose/chrome.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, TextElement, TextRun } from '../../compose/spec.js';
import { linesHeightIn, truncateToLines, truncateToWidth } from '../../compose/text-fit.js';
import type { DivisionCell } from '../../model/divisions.js';
import type { ComposeContext } from '../slide-module.js';
import type { DivisionGrid, DivisionRowResult } from './analyse.js';
import { statusFill, textOn } from './colors.js';
import { CELL_GAP_IN, HEADER_H_IN, type GridLayout } from './grid-layout.js';

export const CELL_PT = TYPE.smallPt;
const HEADER_PT = TYPE.smallPt;
const DIVISION_PT = TYPE.smallPt;
const INSET_IN = 0.05;
/** Room for the difference between estimated and rendered text widths. */
const WIDTH_MARGIN_IN = 0.06;

export interface GridPage {
  rows: DivisionRowResult[];
  /** Indexes into the grid's offerings shown on this slide. */
  offerings: number[];
}

const usable = (wIn: number) => wIn - 2 * INSET_IN - WIDTH_MARGIN_IN;

function maxLines(hIn: number, sizePt: number): number {
  let lines = 1;
  while (linesHeightIn(lines + 1, sizePt) <= hIn - 2 * INSET_IN) lines += 1;
  return lines;
}

function label(
  text: string | TextRun[],
  area: Box,
  ctx: ComposeContext,
  style: Partial<TextElement['style']>,
): TextElement {
  return {
    type: 'text',
    box: area,
    text,
    style: bodyStyle(ctx.theme, { sizePt: CELL_PT, valign: 'middle', insetIn: INSET_IN, ...style }),
  };
}

/** A header label fitted to the header band's lines, bottom-aligned like a table header. */
function headerLabel(text: string, area: Box, ctx: ComposeContext, align: 'left' | 'center') {
  const lines = maxLines(HEADER_H_IN, HEADER_PT);
  const color = align === 'center' ? ctx.theme.colors.dark2 : ctx.theme.neutrals.muted;
  const fitted = truncateToLines(text, usable(area.wIn), HEADER_PT, lines, true);
  return label(fitted, area, ctx, {
    sizePt: HEADER_PT,
    bold: true,
    color,
    valign: 'bottom',
    align,
  });
}

function headerRow(
  grid: DivisionGrid,
  page: GridPage,
  layout: GridLayout,
  ctx: ComposeContext,
): SlideElement[] {
  const { theme, text } = ctx;
  const band = (xIn: number, wIn: number): Box => ({
    xIn,
    yIn: layout.headerYIn,
    wIn,
    hIn: HEADER_H_IN,
  });
  const elements: SlideElement[] = page.offerings.map((offering, column) => {
    const area = band((layout.cellXs[column] ?? 0) + CELL_GAP_IN / 2, layout.cellWIn - CELL_GAP_IN);
    return headerLabel(grid.offerings[offering]?.name ?? '', area, ctx, 'center');
  });
  const corner = text.render('division-map', 'headerDivision', {});
  elements.push(headerLabel(corner, band(layout.division.xIn, layout.division.wIn), ctx, 'left'));
  const whitespace = text.render('division-map', 'headerWhitespace', {
    // The summary always counts every offering, also on slides showing only some of them.
    split: page.offerings.length < grid.offerings.length,
    offerings: grid.offerings.length,
  });
  elements.push(headerLabel(whitespace, band(layout.summary.xIn, layout.summary.wIn), ctx, 'left'));
  const right = layout.summary.xIn + layout.summary.wIn;
  elements.push({
    type: 'shape',
    shape: 'line',
    box: {
      xIn: layout.division.xIn,
      yIn: layout.rowsTopIn - 0.05,
      wIn: right - layout.division.xIn,
      hIn: 0,
    },
    line: { color: theme.neutrals.muted, widthPt: 0.75 },
  });
  return elements;
}

function cellTile(cell: DivisionCell, area: Box, ctx: ComposeContext): TextElement {
  const { theme, text, format } = ctx;
  const fill = statusFill(cell.status, theme);
  const color = cell.status === 'None' ? theme.neutrals.muted : textOn(fill, theme);
  const status = truncateToWidth(
    text.render('division-map', `status${cell.status}`, {}),
    usable(area.wIn),
    CELL_PT,
    true,
  );
  const runs: TextRun[] = [
    { text: status, bold: cell.status !== 'None', breakLine: cell.value !== undefined },
  ];
  if (cell.value !== undefined)
    runs.push({ text: truncateToWidth(format.money(cell.value), usable(area.wIn), CELL_PT) });
  return label(runs, area, ctx, { color, fill, align: 'center' });
}

function summaryCell(row: DivisionRowResult, area: Box, ctx: ComposeContext): TextElement {
  const { totals } = row;
  const runs: TextRun[] = [
    {
      text: ctx.text.render('division-map', 'summaryCount', totals),
      bold: totals.whitespace > 0,
      breakLine: totals.whitespaceValue > 0,
    },
  ];
  if (totals.whitespaceValue > 0)
    runs.push({ text: ctx.text.render('division-map', 'summaryValue', totals) });
  return label(runs, area, ctx, { color: ctx.theme.colors.dark1 });
}

export function gridElements(
  grid: DivisionGrid,
  page: GridPage,
  layout: GridLayout,
  ctx: ComposeContext,
): SlideElement[] {
  const elements = headerRow(grid, page, layout, ctx);
  const rowH = layout.rowHIn;
  const divisionLines = maxLines(rowH, DIVISION_PT);
  page.rows.forEach((row, index) => {
    const y = layout.rowsTopIn + index * rowH;
    const divisionBox = { xIn: layout.division.xIn, yIn: y, wIn: layout.division.wIn, hIn: rowH };
    const name = truncateToLines(
      row.division,
      usable(divisionBox.wIn),
      DIVISION_PT,
      divisionLines,
      true,
    );
    elements.push(
      label(name, divisionBox, ctx, {
        sizePt: DIVISION_PT,
        bold: true,
        color: ctx.theme.colors.dark2,
      }),
    );
    page.offerings.forEach((offering, column) => {
      const cell = row.cells[offering] ?? { status: 'None' as const };
      const area = {
        xIn: (layout.cellXs[column] ?? 0) + CELL_GAP_IN / 2,
        yIn: y + CELL_GAP_IN / 2,
        wIn: layout.cellWIn - CELL_GAP_IN,
        hIn: rowH - CELL_GAP_IN,
      };
      elements.push(cellTile(cell, area, ctx));
    });
    elements.push(
      summaryCell(
        row,
        { xIn: layout.summary.xIn, yIn: y, wIn: layout.summary.wIn, hIn: rowH },
        ctx,
      ),
    );
  });
  return elements;
}
