/**
 * The service policy of a matrix cell: from the Profit policies sheet when the workbook has one,
 * otherwise the template's default grid (parts `policyA1` … `policyD4`, so it is translatable).
 */
import type { CustomerCategory, ProductCategory } from '../../model/sales.js';
import type { ComposeContext } from '../slide-module.js';
import type { ProfitMatrixResult } from './result.js';

export function policyText(
  result: Pick<ProfitMatrixResult, 'policies'>,
  cell: { customer: CustomerCategory; product: ProductCategory },
  ctx: Pick<ComposeContext, 'text'>,
): string {
  const given = result.policies?.grid[cell.customer][cell.product - 1];
  return given ?? ctx.text.render('profit-matrix', `policy${cell.customer}${cell.product}`, {});
}
