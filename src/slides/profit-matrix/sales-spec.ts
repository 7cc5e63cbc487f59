/**
 * The Sales sheet's input contract: one row per sales line (account × product, any number of rows
 * per pair). Account ID, Product and Revenue are required, plus Gross profit or Cost (or both);
 * Product category (1–4) and Customer category (A–D) are optional and replace the computed ones.
 */
import { describeValue } from '../../errors.js';
import type { CellValue } from '../../load/raw-table.js';
import {
  CUSTOMER_CATEGORIES,
  PRODUCT_CATEGORIES,
  type CustomerCategory,
  type ProductCategory,
} from '../../model/sales.js';
import {
  CellIssue,
  choiceReader,
  numberReader,
  readText,
  requiredReader,
  type CellReader,
} from '../../validate/cell-readers.js';
import { parseNumber, parseText } from '../../validate/parse-cell.js';
import type { ColumnSpec, SheetSpec } from '../../validate/sheet-spec.js';
import { ACCOUNT_ID_COLUMN } from '../../validate/sheets/accounts.js';

export interface SalesRow {
  accountId: string;
  product: string;
  productCategory?: ProductCategory | undefined;
  customerCategory?: CustomerCategory | undefined;
  revenue: number;
  grossProfit?: number | undefined;
  cost?: number | undefined;
}

const PRODUCT_CATEGORY_EXPECTED = 'a product category (1, 2, 3 or 4)';

/**
 * "1"…"4" or a number 1–4 ("Cat 1" and "P1" too, since people label groups that way); null for an
 * empty cell, 'invalid' for anything else.
 */
export function parseProductCategory(
  value: CellValue,
  locale: string,
): ProductCategory | null | 'invalid' {
  const text = parseText(value);
  if (text === null) return null;
  const labelled = /^(?:product\s*category|category|cat\.?|p)\s*([1-4])$/i.exec(text.trim());
  const parsed = parseNumber(labelled?.[1] ?? value, locale);
  const number = parsed.ok ? parsed.value : null;
  return PRODUCT_CATEGORIES.find((category) => category === number) ?? 'invalid';
}

function readProductCategory(locale: string): CellReader<ProductCategory> {
  return (value) => {
    const category = parseProductCategory(value, locale);
    if (category === null) return undefined;
    return category === 'invalid'
      ? new CellIssue(`${describeValue(value)} is not ${PRODUCT_CATEGORY_EXPECTED}`)
      : category;
  };
}

export const SALES_COLUMNS = {
  accountId: { ...ACCOUNT_ID_COLUMN, key: 'accountId' },
  product: {
    key: 'product',
    header: 'Product',
    aliases: ['Product name', 'Offering', 'Solution', 'Item', 'SKU', 'Prodotto'],
    required: true,
    description: 'What was sold; the same name in every row of a product (case is ignored).',
  },
  productCategory: {
    key: 'productCategory',
    header: 'Product category',
    aliases: ['Product class', 'Product cat', 'Categoria prodotto'],
    description: 'Optional 1–4 (1 = most profitable); replaces the category computed from margins.',
  },
  customerCategory: {
    key: 'customerCategory',
    header: 'Customer category',
    aliases: ['Account category', 'Client category', 'Categoria cliente'],
    description: 'Optional A–D (A = most profitable); replaces the category computed from profit.',
  },
  revenue: {
    key: 'revenue',
    header: 'Revenue',
    aliases: ['Sales', 'Net sales', 'Net revenue', 'Turnover', 'Fatturato', 'Ricavi'],
    required: true,
    description: 'Revenue of the line, 0 or more.',
  },
  grossProfit: {
    key: 'grossProfit',
    header: 'Gross profit',
    aliases: ['GP', 'Profit', 'Gross income', 'Margine lordo', 'Utile lordo'],
    description:
      'Revenue minus cost of the line; negative for a loss. Needed unless Cost is given.',
  },
  cost: {
    key: 'cost',
    header: 'Cost',
    aliases: ['Costs', 'COGS', 'Cost of sales', 'Cost of goods sold', 'Cost of revenue', 'Costo'],
    description:
      'Cost of the line, 0 or more; gross profit = revenue − cost when Gross profit is empty.',
  },
} as const satisfies Record<keyof SalesRow, ColumnSpec>;

export const SALES_SHEET: SheetSpec<SalesRow> = {
  name: 'Sales',
  aliases: ['Sales lines', 'Product sales', 'Sales by product', 'Profitability', 'Vendite'],
  columns: Object.values(SALES_COLUMNS),
  readRow: (locale) => ({
    cells: {
      accountId: requiredReader(readText, 'an account ID'),
      product: requiredReader(readText, 'a product name'),
      productCategory: readProductCategory(locale),
      customerCategory: choiceReader(CUSTOMER_CATEGORIES),
      revenue: requiredReader(numberReader(locale, { min: 0, what: 'revenue' }), 'revenue'),
      grossProfit: numberReader(locale, { what: 'gross profit' }),
      cost: numberReader(locale, { min: 0, what: 'cost' }),
    },
    build: (values) => values as unknown as SalesRow,
  }),
};
