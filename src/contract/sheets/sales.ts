/** Contracts of the profit matrix's sheets: Sales (lines with gross profit) and Profit policies. */
import { CUSTOMER_CATEGORIES, PRODUCT_CATEGORIES } from '../../model/sales.js';
import { POLICIES_SHEET } from '../../slides/profit-matrix/policies-sheet.js';
import { SALES_SHEET } from '../../slides/profit-matrix/sales-spec.js';
import { fromSpecs, strictly } from '../column.js';
import { EX1, EX2, EX3 } from '../examples.js';
import type { SheetContract } from '../types.js';

export const SALES_CONTRACT: SheetContract = {
  name: SALES_SHEET.name,
  aliases: SALES_SHEET.aliases ?? [],
  purpose:
    'Sales lines (account × product, any number of rows) with revenue and gross profit or cost: the customer × product profitability matrix.',
  feeds: ['profit-matrix'],
  required: false,
  columns: fromSpecs(SALES_SHEET.columns, {
    'Account ID': { width: 12 },
    Product: { width: 22 },
    'Product category': { accepted: strictly(PRODUCT_CATEGORIES), width: 12 },
    'Customer category': { accepted: strictly(CUSTOMER_CATEGORIES), width: 12 },
    Revenue: { format: 'money', range: { min: 0 }, width: 14 },
    'Gross profit': { format: 'money', width: 14 },
    Cost: { format: 'money', range: { min: 0 }, width: 14 },
  }),
  fixedColumns: true,
  examples: [
    { 'Account ID': EX1.id, Product: 'Cloud Platform', Revenue: 300000, 'Gross profit': 180000 },
    { 'Account ID': EX1.id, Product: 'Analytics', Revenue: 210000, 'Gross profit': 84000 },
    { 'Account ID': EX2.id, Product: 'Cloud Platform', Revenue: 160000, 'Gross profit': 88000 },
    { 'Account ID': EX3.id, Product: 'Support', Revenue: 86400, 'Gross profit': 8000 },
  ],
  notes: [
    'Gross profit or Cost is required on every line (Gross profit wins when both are given).',
    'Product category and Customer category are all-or-nothing: give one for every product (account) or none.',
  ],
};

const POLICY_TEXTS: Record<string, readonly string[]> = {
  A: [
    'Invest: dedicated team',
    'Grow share of wallet',
    'Bundle with category 1',
    'Reprice or phase out',
  ],
  B: ['Protect and expand', 'Standard service', 'Cross-sell category 1', 'Reprice'],
  C: ['Upsell category 1', 'Efficient service', 'Self-service', 'Reduce cost to serve'],
  D: ['Review terms', 'Digital service only', 'Minimum order size', 'Exit or reprice'],
};

export const POLICIES_CONTRACT: SheetContract = {
  name: POLICIES_SHEET.name,
  aliases: POLICIES_SHEET.aliases,
  purpose:
    'Optional: your own service policy for each customer category (A–D) × product category (1–4), replacing the default texts of the profit matrix.',
  feeds: ['profit-matrix'],
  required: false,
  columns: [
    {
      header: 'Customer category',
      aliases: [],
      required: true,
      description: 'A, B, C or D: one row each (A = most profitable customers).',
      format: 'text',
      accepted: strictly(CUSTOMER_CATEGORIES),
      width: 12,
    },
    ...PRODUCT_CATEGORIES.map((category) => ({
      header: String(category),
      aliases: [],
      required: true,
      description: `The policy for product category ${category} (1 = most profitable products); short texts fit best (up to 90 characters).`,
      format: 'text' as const,
      width: 26,
    })),
  ],
  fixedColumns: false,
  examples: Object.entries(POLICY_TEXTS).map(([customer, texts]) => ({
    'Customer category': customer,
    ...Object.fromEntries(
      PRODUCT_CATEGORIES.map((category, i) => [String(category), texts[i] ?? '']),
    ),
  })),
  notes: ['Either complete (4 rows × 4 policies) or empty; needs the Sales sheet.'],
};
