/**
 * Categories the user writes in the Sales sheet (Product category, Customer category). A product
 * or account has one category: a different value in a later row is an error at that row. When some
 * products have a category, every product needs one (the matrix cannot mix given and computed
 * categories), so each product without any is an error at its first row.
 */
import { errorAt, type Diagnostic, type Location } from '../../errors.js';

export interface CategoryClaim<Category> {
  /** Product name or account ID: what the category belongs to. */
  key: string;
  /** The category in this row, if the cell is filled. */
  category: Category | undefined;
  /** The row's category cell. */
  cell: Location;
}

export interface CategoryWording {
  /** "product" or "account". */
  noun: string;
  /** The column's header as documented: "Product category". */
  header: string;
}

interface FirstClaim<Category> {
  category: Category;
  row: number | undefined;
}

function conflictMessage<Category>(
  claim: CategoryClaim<Category>,
  first: FirstClaim<Category>,
  wording: CategoryWording,
): string {
  return `${String(claim.category)} differs from ${String(first.category)} given for ${wording.noun} "${claim.key}" in row ${first.row ?? '?'}; a ${wording.noun} has one ${wording.header.toLowerCase()}`;
}

/** key → category when every key has one; undefined otherwise; errors for conflicts and gaps. */
export function resolveGivenCategories<Category extends string | number>(
  claims: readonly CategoryClaim<Category>[],
  wording: CategoryWording,
  diagnostics: Diagnostic[],
): Record<string, Category> | undefined {
  const given = new Map<string, FirstClaim<Category>>();
  const firstCell = new Map<string, Location>();
  for (const claim of claims) {
    if (!firstCell.has(claim.key)) firstCell.set(claim.key, claim.cell);
    if (claim.category === undefined) continue;
    const first = given.get(claim.key);
    if (first === undefined)
      given.set(claim.key, { category: claim.category, row: claim.cell.row });
    else if (first.category !== claim.category)
      diagnostics.push(errorAt(claim.cell, conflictMessage(claim, first, wording)));
  }
  if (given.size === 0) return undefined;
  const missing = [...firstCell].filter(([key]) => !given.has(key));
  for (const [key, cell] of missing) {
    diagnostics.push(
      errorAt(
        cell,
        `is empty, and ${wording.noun} "${key}" has no ${wording.header} in any row while others have one; give every ${wording.noun} a ${wording.header.toLowerCase()} or leave the column empty to compute them`,
      ),
    );
  }
  if (missing.length > 0) return undefined;
  return Object.fromEntries([...given].map(([key, first]) => [key, first.category]));
}
