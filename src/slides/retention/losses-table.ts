/**
 * The churned and contracted accounts of the window, largest MRR loss first, under a caption.
 * As many rows as fit the area are listed; the rest are summed in a "+ n more" line (the notes
 * list them, up to the list limit). A summary line closes the column: lost MRR by movement and
 * its share of the starting MRR.
 */
import { listLimit } from '../../compose/bounded-list.js';
import { bodyStyle } from '../../compose/chrome.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, TableCell } from '../../compose/spec.js';
import {
  columnWidths,
  fitColumns,
  headerCell,
  TABLE_ROW_H_IN,
  tableStyle,
} from '../../compose/tables.js';
import { truncateToWidth } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { RetentionResult } from './analyse.js';
import type { AccountMovement } from './bridge.js';
import { withCaption } from './caption.js';
import { bridgeData } from './text-data.js';

const MORE_LINE_H_IN = 0.35;
const SUMMARY_H_IN = 0.55;
const GAP_IN = 0.08;

export const lost = (movement: AccountMovement) => movement.start - movement.end;

/** Account rows (header excluded) that fit a table area, leaving room for the two lines below. */
export function maxTableRows(area: Box): number {
  return Math.max(
    1,
    Math.floor((area.hIn - MORE_LINE_H_IN - SUMMARY_H_IN - 2 * GAP_IN) / TABLE_ROW_H_IN) - 1,
  );
}

function lossRow(movement: AccountMovement, ctx: ComposeContext, nameW: number): TableCell[] {
  const { theme, format, text } = ctx;
  const churned = movement.kind === 'churn';
  return [
    { text: truncateToWidth(movement.name, nameW, TYPE.tablePt), align: 'left' },
    {
      text: text.render('retention', churned ? 'kindChurn' : 'kindContraction', {}),
      align: 'center',
      bold: churned,
      color: theme.status.bad,
    },
    { text: format.money(movement.start), align: 'right' },
    { text: format.money(movement.end), align: 'right' },
    {
      text: text.render('retention', 'changeCell', {
        lost: lost(movement),
        share: lost(movement) / movement.start,
      }),
      align: 'right',
    },
  ];
}

function note(ctx: ComposeContext, box: Box, text: string, muted: boolean): SlideElement {
  const color = muted ? ctx.theme.neutrals.muted : ctx.theme.colors.dark1;
  return {
    type: 'text',
    box,
    text,
    style: bodyStyle(ctx.theme, { sizePt: TYPE.smallPt, color, insetIn: 0 }),
  };
}

export function lossesTable(
  result: RetentionResult,
  ctx: ComposeContext,
  column: Box,
): SlideElement[] {
  const { theme, text } = ctx;
  const window = bridgeData(result.window);
  const [caption, area] = withCaption(
    column,
    text.render('retention', 'lossesCaption', window),
    theme,
  );
  if (result.losses.length === 0)
    return [
      caption,
      note(ctx, { ...area, hIn: 0.8 }, text.render('retention', 'noLosses', window), false),
    ];
  const shown = result.losses.slice(0, maxTableRows(area));
  const widths = columnWidths([2.6, 1.05, 0.85, 0.85, 1.35], area.wIn);
  const header = [
    text.render('retention', 'colAccount', {}),
    text.render('retention', 'colMovement', {}),
    window.from,
    window.to,
    text.render('retention', 'colChange', {}),
  ].map((label, index) => headerCell(label, index === 0 ? 'left' : 'center'));
  const rows = shown.map((movement) => lossRow(movement, ctx, (widths[0] ?? 2) - 0.15));
  const tableH = TABLE_ROW_H_IN * (rows.length + 1);
  const fitted = fitColumns([header, ...rows], widths, 0);
  const elements: SlideElement[] = [
    caption,
    {
      type: 'table',
      box: { ...area, hIn: tableH },
      columnWidthsIn: fitted.widths,
      rows: fitted.rows,
      style: tableStyle(theme),
    },
  ];
  let y = area.yIn + tableH + GAP_IN;
  const rest = result.losses.slice(shown.length);
  if (rest.length > 0) {
    const restLost = rest.reduce((sum, movement) => sum + lost(movement), 0);
    const notesCount = Math.min(result.losses.length, listLimit(ctx));
    const line = text.render('retention', 'moreLosses', {
      more: rest.length,
      lost: restLost,
      allInNotes: notesCount === result.losses.length,
      notesCount,
    });
    elements.push(note(ctx, { ...area, yIn: y, hIn: MORE_LINE_H_IN }, line, true));
    y += MORE_LINE_H_IN + GAP_IN;
  }
  elements.push(
    note(
      ctx,
      { ...area, yIn: y, hIn: SUMMARY_H_IN },
      text.render('retention', 'lossSummary', window),
      false,
    ),
  );
  return elements;
}
