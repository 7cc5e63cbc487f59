/**
 * Reading the Sales sheet: row values by the sheet spec, then the checks that need several cells
 * (gross profit from Cost, Gross profit against Revenue − Cost) or other rows and sheets (one
 * spelling and one category per product, account IDs from the Accounts sheet).
 */
import { errorAt, warningAt, type Diagnostic } from '../../errors.js';
import type { RawTable } from '../../load/raw-table.js';
import type { CustomerCategory, ProductCategory, SalesData, SalesLine } from '../../model/sales.js';
import { normaliseName } from '../../validate/names.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { appendAll } from '../../validate/append.js';
import { findTable, openTable, tableLocation, type LocatedRow } from '../../validate/table.js';
import { categoryClaims } from './given-categories.js';
import { SALES_COLUMNS, SALES_SHEET, type SalesRow } from './sales-spec.js';

/** Gross profit may differ from Revenue − Cost by rounding: 0.1% of revenue, at least 1 unit. */
export function profitTolerance(revenue: number): number {
  return Math.max(1, Math.abs(revenue) * 0.001);
}

/** Drops float noise from a computed amount (1000.1 − 600.05) before it is shown in a message. */
const tidy = (value: number): number => Number(value.toPrecision(12));

/** The line's gross profit from Gross profit or Revenue − Cost; undefined (with an error) if neither. */
function lineProfit(
  row: LocatedRow<SalesRow>,
  hasProfitColumn: boolean,
  diagnostics: Diagnostic[],
): number | undefined {
  const { revenue, grossProfit, cost } = row.value;
  if (grossProfit === undefined && cost === undefined) {
    const key = hasProfitColumn ? 'grossProfit' : 'cost';
    diagnostics.push(errorAt(row.cell(key), 'is empty; Gross profit or Cost is required'));
    return undefined;
  }
  if (grossProfit === undefined) return tidy(revenue - (cost ?? 0));
  if (grossProfit > revenue) {
    diagnostics.push(
      errorAt(
        row.cell('grossProfit'),
        `${grossProfit} is above the revenue ${revenue}; gross profit is revenue minus cost, so at most the revenue`,
      ),
    );
    return undefined;
  }
  if (cost !== undefined && Math.abs(revenue - cost - grossProfit) > profitTolerance(revenue)) {
    diagnostics.push(
      warningAt(
        row.cell('grossProfit'),
        `${grossProfit} differs from Revenue − Cost = ${revenue} − ${cost} = ${tidy(revenue - cost)}; the Gross profit is used`,
      ),
    );
  }
  return grossProfit;
}

function knownAccount(
  row: LocatedRow<SalesRow>,
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): boolean {
  if (context.accountIds.has(row.value.accountId)) return true;
  diagnostics.push(
    errorAt(
      row.cell('accountId'),
      `account "${row.value.accountId}" is not in the Accounts sheet; add it there or remove this Sales row`,
    ),
  );
  return false;
}

/**
 * One name per product: names that differ only in case, spaces or punctuation are the same
 * product, shown as first written; a different spelling is worth a warning (a typo may hide there).
 */
function productNamer(diagnostics: Diagnostic[]) {
  const first = new Map<string, { name: string; row: number }>();
  // The same few product names on every row: normalise each spelling once.
  const keys = new Map<string, string>();
  return (row: LocatedRow<SalesRow>): string => {
    const written = row.value.product;
    let key = keys.get(written);
    if (key === undefined) {
      key = normaliseName(written) || written;
      keys.set(written, key);
    }
    const known = first.get(key);
    if (known === undefined) {
      first.set(key, { name: written, row: row.row });
      return written;
    }
    if (known.name !== written) {
      diagnostics.push(
        warningAt(
          row.cell('product'),
          `"${written}" is read as the product "${known.name}" written in row ${known.row}`,
        ),
      );
    }
    return known.name;
  };
}

function missingProfitColumns(table: RawTable): Diagnostic {
  const headers = table.columns.map((column) => `"${column.header}"`).join(', ');
  return errorAt(
    tableLocation(table, table.headerRow || undefined),
    `no "${SALES_COLUMNS.grossProfit.header}" or "${SALES_COLUMNS.cost.header}" column; one of them is needed to compute profit; headers found: ${headers}`,
  );
}

export function readSalesSheet(
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): Omit<SalesData, 'policies'> | undefined {
  const table = findTable(context.workbook, SALES_SHEET.name, SALES_SHEET.aliases);
  if (table === undefined) return undefined;
  const opened = openTable(table, SALES_SHEET, context.locale);
  const hasProfitColumn = opened.columnIndex.has('grossProfit');
  if (!hasProfitColumn && !opened.columnIndex.has('cost')) {
    for (const found of [opened.diagnostics, opened.readRows(() => {})])
      appendAll(diagnostics, found);
    diagnostics.push(missingProfitColumns(table));
    return { sheet: table.sheet, lines: [] };
  }
  const lines: SalesLine[] = [];
  const productClaims = categoryClaims<ProductCategory>(
    { noun: 'product', header: SALES_COLUMNS.productCategory.header },
    (row) => opened.cellAt(row, 'productCategory'),
  );
  const customerClaims = categoryClaims<CustomerCategory>(
    { noun: 'account', header: SALES_COLUMNS.customerCategory.header },
    (row) => opened.cellAt(row, 'customerCategory'),
  );
  // Each row is checked as it is read (nothing but its line is kept); its cells' problems are
  // still reported before the checks'.
  const checks: Diagnostic[] = [];
  const nameProduct = productNamer(checks);
  const cellProblems = opened.readRows((row) => {
    const product = nameProduct(row);
    const { accountId, revenue, productCategory, customerCategory } = row.value;
    productClaims.add(product, productCategory, row.row);
    const known = knownAccount(row, context, checks);
    if (known) customerClaims.add(accountId, customerCategory, row.row);
    const grossProfit = lineProfit(row, hasProfitColumn, checks);
    if (known && grossProfit !== undefined)
      lines.push({ accountId, product, revenue, grossProfit, row: row.row });
  });
  for (const found of [opened.diagnostics, cellProblems, checks]) appendAll(diagnostics, found);
  const productCategories = productClaims.resolve(diagnostics);
  const customerCategories = customerClaims.resolve(diagnostics);
  return {
    sheet: table.sheet,
    lines,
    ...(productCategories === undefined ? {} : { productCategories }),
    ...(customerCategories === undefined ? {} : { customerCategories }),
  };
}
