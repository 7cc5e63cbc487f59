/**
 * The endangered-accounts table: on the dashboard beside the charts (up to MAIN_TABLE_ROWS rows),
 * and on "continued" slides when `maxListed` asks for more. Accounts beyond `maxListed` are one
 * "+ k more, MRR at risk" line under the last table; the notes list every one.
 */
import { bodyStyle } from '../../compose/chrome.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, TableCell } from '../../compose/spec.js';
import { headerCell, TABLE_ROW_H_IN, tableStyle } from '../../compose/tables.js';
import type { ComposeContext } from '../slide-module.js';
import type { EndangeredAccount } from './endangered.js';
import { tableColumns } from './endangered-columns.js';
import type { DashboardText } from './text-data.js';

/** Table rows (header excluded) that fit beside the charts with the "+ k more" line below. */
export const MAIN_TABLE_ROWS = 10;
/**
 * Table rows on a continued slide: body 5.1 in − heading 0.32 − "+ k more" line 0.3 = 4.48 in,
 * 14 rows of 0.3 in with the header (compose tests hold every slide to the body region).
 */
export const CONTINUED_TABLE_ROWS = 13;
/** Height of the "+ k more" line under a table. */
export const MORE_LINE_H_IN = 0.3;

/** Slices of the listed accounts: the first on the dashboard, the rest on continued slides. */
export function pageSlices(listed: number): { start: number; end: number }[] {
  const pages = [{ start: 0, end: Math.min(listed, MAIN_TABLE_ROWS) }];
  for (let start = MAIN_TABLE_ROWS; start < listed; start += CONTINUED_TABLE_ROWS)
    pages.push({ start, end: Math.min(listed, start + CONTINUED_TABLE_ROWS) });
  return pages;
}

export function endangeredTable(
  accounts: readonly EndangeredAccount[],
  data: DashboardText,
  ctx: ComposeContext,
  area: Box,
  moreLine: 'rest' | 'continued' | 'none',
): SlideElement[] {
  const { theme, text } = ctx;
  if (accounts.length === 0)
    return [
      {
        type: 'text',
        box: { ...area, hIn: Math.min(area.hIn, 0.9) },
        text: text.render('dashboard', 'noEndangered', data),
        style: bodyStyle(theme, { color: theme.status.good }),
      },
    ];
  const columns = tableColumns(accounts, ctx, area.wIn);
  const header = columns.map((column) => headerCell(column.header, column.align));
  const rows = accounts.map((account, index) =>
    columns.map((column): TableCell => ({
      text: column.cell(account, index),
      align: column.align,
    })),
  );
  const tableH = TABLE_ROW_H_IN * (rows.length + 1);
  const elements: SlideElement[] = [
    {
      type: 'table',
      box: { ...area, hIn: tableH },
      columnWidthsIn: columns.map((column) => column.widthIn),
      rows: [header, ...rows],
      style: tableStyle(theme),
    },
  ];
  const line =
    moreLine === 'rest'
      ? text.render('dashboard', 'moreEndangered', data.endangered)
      : moreLine === 'continued'
        ? text.render('dashboard', 'continuedMore', {})
        : undefined;
  if (line !== undefined)
    elements.push({
      type: 'text',
      box: { ...area, yIn: area.yIn + tableH, hIn: MORE_LINE_H_IN },
      text: line,
      style: bodyStyle(theme, {
        sizePt: TYPE.smallPt,
        color: theme.neutrals.muted,
        valign: 'middle',
      }),
    });
  return elements;
}
