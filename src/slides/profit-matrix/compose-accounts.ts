/**
 * The second matrix slide: the A-category accounts (most profitable first) with revenue, gross
 * profit, margin (shaded as in the matrix) and the products they buy, with each product's
 * category. At most MAX_ROWS accounts are shown; a "+ n more" line points to the notes, which
 * list the A accounts with their products (each list up to the list limit).
 */
import { boundedMap, listLimit } from '../../compose/bounded-list.js';
import { bodyStyle, contentSlide } from '../../compose/chrome.js';
import { bodyBox, TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, SlideSpec, TableCell } from '../../compose/spec.js';
import { columnWidths, headerCell, TABLE_ROW_H_IN, tableStyle } from '../../compose/tables.js';
import { truncateToWidth } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { CustomerRow, ProfitMatrixResult } from './result.js';
import { marginDigits } from './display.js';
import { joinToWidth } from './fit-text.js';
import { marginFill, textColorOn } from './shading.js';

/** Rows that fit the body at one-line row height, header included, with room for a "+ n more" line. */
export const MAX_ACCOUNT_ROWS = 14;
/** With few accounts rows grow up to this height, so the table reads easily and fills the body. */
const MAX_ROW_H_IN = 0.4;
const MORE_LINE_H_IN = 0.4;
/** Column weights: rank, account, revenue, gross profit, margin, products. */
const COLUMN_WEIGHTS = [0.45, 2.9, 1.0, 1.0, 0.8, 6.1];
/** Table cell padding (left + right) and a safety margin for width estimates. */
const CELL_PADDING_IN = 0.2;

function productList(customer: CustomerRow, ctx: ComposeContext, widthIn: number): string {
  const names = customer.products.map((product) =>
    ctx.text.render('profit-matrix', 'productWithCategory', product),
  );
  return joinToWidth(names, widthIn, TYPE.tablePt, (more) =>
    ctx.text.render('profit-matrix', 'moreProducts', { more }),
  );
}

/** "Product (category)" for each product the account buys, at most the list limit of them. */
function productNames(customer: CustomerRow, ctx: ComposeContext) {
  return boundedMap(
    customer.products,
    (product) => ctx.text.render('profit-matrix', 'productWithCategory', product),
    listLimit(ctx),
  );
}

function accountRow(
  customer: CustomerRow,
  ctx: ComposeContext,
  widths: number[],
  bestMargin: number,
): TableCell[] {
  const { format, theme } = ctx;
  const fill = marginFill(customer.margin, bestMargin, theme);
  return [
    { text: String(customer.rank), align: 'center' },
    {
      text: truncateToWidth(customer.name, (widths[1] ?? 2) - CELL_PADDING_IN, TYPE.tablePt),
      align: 'left',
    },
    { text: format.money(customer.revenue), align: 'right' },
    { text: format.money(customer.profit), align: 'right' },
    {
      text: format.percent(customer.margin, marginDigits(customer.margin)),
      align: 'right',
      fill,
      color: textColorOn(fill, theme),
    },
    { text: productList(customer, ctx, (widths[5] ?? 4) - CELL_PADDING_IN), align: 'left' },
  ];
}

function accountsTable(
  accounts: readonly CustomerRow[],
  ctx: ComposeContext,
  area: Box,
  bestMargin: number,
): SlideElement[] {
  const { text, theme } = ctx;
  const shown = accounts.slice(0, MAX_ACCOUNT_ROWS);
  const widths = columnWidths(COLUMN_WEIGHTS, area.wIn);
  const header = ['colRank', 'colAccount', 'colRevenue', 'colProfit', 'colMargin', 'colProducts']
    .map((part) => text.render('profit-matrix', part, {}))
    .map((label, index) => headerCell(label, index === 1 || index === 5 ? 'left' : 'center'));
  const rows = shown.map((customer) => accountRow(customer, ctx, widths, bestMargin));
  const more = accounts.length - shown.length;
  const notesCount = Math.min(accounts.length, listLimit(ctx));
  const moreData = { more, allInNotes: notesCount === accounts.length, notesCount };
  // Room for the "+ n more" line only when it is needed; rows never shrink below one text line.
  const free = area.hIn - (more > 0 ? MORE_LINE_H_IN : 0);
  const rowH = Math.max(TABLE_ROW_H_IN, Math.min(MAX_ROW_H_IN, free / (rows.length + 1)));
  const elements: SlideElement[] = [
    {
      type: 'table',
      box: { ...area, hIn: rowH * (rows.length + 1) },
      columnWidthsIn: widths,
      rows: [header, ...rows],
      style: tableStyle(theme, rowH),
    },
  ];
  if (more > 0)
    elements.push({
      type: 'text',
      box: { ...area, yIn: area.yIn + rowH * (rows.length + 1) + 0.05, hIn: MORE_LINE_H_IN - 0.05 },
      text: text.render('profit-matrix', 'moreAccounts', moreData),
      style: bodyStyle(theme, { sizePt: TYPE.smallPt, color: theme.neutrals.muted }),
    });
  return elements;
}

export function composeAccountsSlide(result: ProfitMatrixResult, ctx: ComposeContext): SlideSpec {
  const accounts = result.customers.filter((customer) => customer.category === 'A');
  const totalA = result.customerTotals[0];
  const bestMargin = Math.max(0, ...result.cells.map((cell) => cell.margin ?? 0));
  const data = {
    count: accounts.length,
    accountCount: result.total.accounts,
    revenue: totalA?.revenue ?? 0,
    profit: totalA?.profit ?? 0,
    margin: totalA?.margin ?? 0,
    profitShare: totalA?.profitShare ?? 0,
    source: ctx.source,
    sheet: result.sheet,
    accounts: boundedMap(
      accounts,
      (customer) => ({ ...customer, productNames: productNames(customer, ctx) }),
      listLimit(ctx),
    ),
  };
  const body = bodyBox();
  const elements: SlideElement[] =
    accounts.length === 0
      ? [
          {
            type: 'text',
            box: { ...body, hIn: 0.8 },
            text: ctx.text.render('profit-matrix', 'noAccounts', data),
            style: bodyStyle(ctx.theme),
          },
        ]
      : accountsTable(accounts, ctx, body, bestMargin);
  return contentSlide({
    kind: 'profit-matrix',
    title: ctx.text.render('profit-matrix', 'accountsTitle', data),
    headline: ctx.text.render('profit-matrix', 'accountsHeadline', data),
    notes: ctx.text.render('profit-matrix', 'accountsNotes', data),
    theme: ctx.theme,
    elements,
  });
}
