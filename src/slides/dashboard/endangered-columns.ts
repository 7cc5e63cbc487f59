/**
 * Columns of the endangered-accounts table, sized to their content: MRR, days in queue and renewal
 * date take what their widest value needs; the account name takes what the longest name needs, up
 * to ACCOUNT_MAX_SHARE of the rest; the reasons get the remainder. A wide table (a continued
 * slide) also shows the plan.
 */
import { TYPE } from '../../compose/layout.js';
import { textWidthIn, truncateToWidth } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { EndangeredAccount } from './endangered.js';
import { reasonsText } from './text-data.js';

/** Space for the text box insets inside a cell. */
const CELL_PAD_IN = 0.16;
/** From this width on, the table also shows each account's plan. */
const WIDE_TABLE_IN = 9;
/** The account column never takes more than this share of the width left by the fixed columns. */
const ACCOUNT_MAX_SHARE = 0.55;
const PLAN_MAX_IN = 1.6;
const DASH = '–';

export interface TableColumn {
  header: string;
  align: 'left' | 'right';
  widthIn: number;
  /** The cell text of the account at `index` in the table. */
  cell: (account: EndangeredAccount, index: number) => string;
}

/** Width of the bold header or the widest value, whichever is wider, plus the cell insets. */
function fit(header: string, values: readonly string[]): number {
  const widths = values.map((value) => textWidthIn(value, TYPE.tablePt));
  return Math.max(textWidthIn(header, TYPE.tablePt, true), ...widths) + CELL_PAD_IN;
}

const shorten = (text: string, widthIn: number) =>
  truncateToWidth(text, widthIn - CELL_PAD_IN, TYPE.tablePt);

/**
 * Reasons in the long form ("low engagement (28)") when every row's fits its cell, else all in the
 * short form ("engagement 28"), shortened with an ellipsis if need be: one form per table.
 */
function reasonTexts(accounts: readonly EndangeredAccount[], widthIn: number, ctx: ComposeContext) {
  const long = accounts.map((account) => reasonsText(account.reasons, ctx.text, 'long'));
  if (long.every((text) => textWidthIn(text, TYPE.tablePt) <= widthIn - CELL_PAD_IN)) return long;
  return accounts.map((account) =>
    shorten(reasonsText(account.reasons, ctx.text, 'short'), widthIn),
  );
}

export function tableColumns(
  accounts: readonly EndangeredAccount[],
  ctx: ComposeContext,
  totalWIn: number,
): TableColumn[] {
  const { format, text } = ctx;
  const label = (part: string) => text.render('dashboard', part, {});
  const planOf = (account: EndangeredAccount) => account.plan ?? label('noPlan');
  const renewalOf = (account: EndangeredAccount) =>
    account.renewalDate === undefined ? DASH : format.date(account.renewalDate);
  const daysOf = (account: EndangeredAccount) =>
    account.daysInQueue === undefined ? DASH : format.number(account.daysInQueue);
  const mrrW = fit(
    label('colMrr'),
    accounts.map((account) => format.money(account.mrr)),
  );
  const daysW = fit(label('colDays'), accounts.map(daysOf));
  const renewalW = fit(label('colRenewal'), accounts.map(renewalOf));
  const planW =
    totalWIn >= WIDE_TABLE_IN
      ? Math.min(PLAN_MAX_IN, fit(label('colPlan'), accounts.map(planOf)))
      : 0;
  const free = Math.max(0, totalWIn - mrrW - daysW - renewalW - planW);
  const accountW = Math.min(
    fit(
      label('colAccount'),
      accounts.map((account) => account.name),
    ),
    free * ACCOUNT_MAX_SHARE,
  );
  const reasonsW = free - accountW;
  const reasons = reasonTexts(accounts, reasonsW, ctx);
  const columns: (TableColumn | undefined)[] = [
    {
      header: label('colAccount'),
      align: 'left',
      widthIn: accountW,
      cell: (account) => shorten(account.name, accountW),
    },
    planW > 0
      ? {
          header: label('colPlan'),
          align: 'left',
          widthIn: planW,
          cell: (account) => shorten(planOf(account), planW),
        }
      : undefined,
    { header: label('colMrr'), align: 'right', widthIn: mrrW, cell: (a) => format.money(a.mrr) },
    { header: label('colDays'), align: 'right', widthIn: daysW, cell: daysOf },
    { header: label('colRenewal'), align: 'right', widthIn: renewalW, cell: renewalOf },
    {
      header: label('colReasons'),
      align: 'left',
      widthIn: reasonsW,
      cell: (_, index) => reasons[index] ?? '',
    },
  ];
  return columns.filter((column): column is TableColumn => column !== undefined);
}
