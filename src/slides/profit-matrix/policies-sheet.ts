/**
 * Reading the optional Profit policies sheet: a 4 × 4 grid that replaces the template's default
 * service policies. The first column holds the customer category (A–D), the other columns are
 * headed by the product category (1–4); every cell holds a policy text. The grid is used only when
 * it is complete; every gap or stray label is a located error.
 */
import { describeValue, errorAt, warningAt, type Diagnostic } from '../../errors.js';
import type { RawColumn, RawTable } from '../../load/raw-table.js';
import {
  CUSTOMER_CATEGORIES,
  PRODUCT_CATEGORIES,
  type CustomerCategory,
  type PolicyGrid,
  type ProductCategory,
} from '../../model/sales.js';
import { parseText } from '../../validate/parse-cell.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { findTable, tableLocation } from '../../validate/table.js';

export const POLICIES_SHEET = {
  name: 'Profit policies',
  aliases: ['Policies', 'Service policies', 'Profit matrix policies', 'Policy grid'],
} as const;

/** Policies longer than this are shortened on the slide (in full in the notes): worth a warning. */
export const LONG_POLICY_CHARS = 90;

const CUSTOMER_LABEL = /^(?:customer\s*category|customer|category|cat\.?)?\s*([A-D])$/i;
const PRODUCT_LABEL = /^(?:product\s*category|product|category|cat\.?|p)?\s*([1-4])$/i;

function customerCategoryOf(text: string): CustomerCategory | undefined {
  const letter = CUSTOMER_LABEL.exec(text.trim())?.[1]?.toUpperCase();
  return CUSTOMER_CATEGORIES.find((category) => category === letter);
}

function productCategoryOf(text: string): ProductCategory | undefined {
  const digit = Number(PRODUCT_LABEL.exec(text.trim())?.[1]);
  return PRODUCT_CATEGORIES.find((category) => category === digit);
}

/** Product category → column index, from the headers after the first column. */
function productColumns(table: RawTable, diagnostics: Diagnostic[]): Map<ProductCategory, number> {
  const columns = new Map<ProductCategory, number>();
  const at = (column: RawColumn) => tableLocation(table, table.headerRow || undefined, column);
  table.columns.forEach((column, index) => {
    if (index === 0) return;
    const category = productCategoryOf(column.header);
    const earlier = category === undefined ? undefined : columns.get(category);
    if (category === undefined)
      diagnostics.push(
        warningAt(at(column), `column "${column.header}" is ignored; expected the headers 1 to 4`),
      );
    else if (earlier !== undefined)
      diagnostics.push(
        errorAt(
          at(column),
          `"${column.header}" is a second column for product category ${category} (the first is column ${table.columns[earlier]?.ref ?? '?'})`,
        ),
      );
    else columns.set(category, index);
  });
  const missing = PRODUCT_CATEGORIES.filter((category) => !columns.has(category));
  if (missing.length > 0) {
    const found = table.columns.map((column) => `"${column.header}"`).join(', ');
    diagnostics.push(
      errorAt(
        tableLocation(table, table.headerRow || undefined),
        `no column for product categor${missing.length === 1 ? 'y' : 'ies'} ${missing.join(', ')}; expected the customer category in the first column, then columns headed 1, 2, 3 and 4; headers found: ${found}`,
      ),
    );
  }
  return columns;
}

function readPolicies(
  table: RawTable,
  columns: Map<ProductCategory, number>,
  diagnostics: Diagnostic[],
): Partial<Record<CustomerCategory, readonly string[]>> {
  const grid: Partial<Record<CustomerCategory, readonly string[]>> = {};
  const firstRow = new Map<CustomerCategory, number>();
  for (const raw of table.rows) {
    const labelCell = raw.cells[0] ?? null;
    const label = parseText(labelCell);
    const category = label === null ? undefined : customerCategoryOf(label);
    const where = tableLocation(table, raw.row, table.columns[0]);
    if (category === undefined) {
      const problem = `${describeValue(labelCell)} is not a customer category; expected A, B, C or D`;
      diagnostics.push(errorAt(where, problem));
      continue;
    }
    const first = firstRow.get(category);
    if (first !== undefined) {
      const problem = `customer category ${category} appears again (first in row ${first}); each category has one row`;
      diagnostics.push(errorAt(where, problem));
      continue;
    }
    firstRow.set(category, raw.row);
    grid[category] = PRODUCT_CATEGORIES.map((product) => {
      const index = columns.get(product);
      if (index === undefined) return '';
      const text = parseText(raw.cells[index] ?? null) ?? '';
      const cell = tableLocation(table, raw.row, table.columns[index]);
      if (text === '')
        diagnostics.push(
          errorAt(cell, `is empty; a policy for ${category} × ${product} is required`),
        );
      else if (text.length > LONG_POLICY_CHARS)
        diagnostics.push(
          warningAt(
            cell,
            `the policy has ${text.length} characters; it is shortened on the slide (over ${LONG_POLICY_CHARS}) and given in full in the notes`,
          ),
        );
      return text;
    });
  }
  for (const category of CUSTOMER_CATEGORIES.filter((c) => !firstRow.has(c)))
    diagnostics.push(
      errorAt(
        tableLocation(table),
        `no row for customer category ${category}; the grid needs one row for each of A, B, C and D`,
      ),
    );
  return grid;
}

function isComplete(
  grid: Partial<Record<CustomerCategory, readonly string[]>>,
): grid is PolicyGrid {
  return CUSTOMER_CATEGORIES.every(
    (category) => grid[category]?.length === 4 && grid[category].every((text) => text !== ''),
  );
}

/** The policy grid, or undefined when the sheet is absent or incomplete (errors say where). */
export function readPoliciesSheet(
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): { sheet: string; grid: PolicyGrid } | undefined {
  const table = findTable(context.workbook, POLICIES_SHEET.name, POLICIES_SHEET.aliases);
  if (table === undefined) return undefined;
  const problems: Diagnostic[] = [];
  const columns = productColumns(table, problems);
  const grid = readPolicies(table, columns, problems);
  diagnostics.push(...problems);
  if (problems.some((problem) => problem.severity === 'error') || !isComplete(grid))
    return undefined;
  return { sheet: table.sheet, grid };
}
