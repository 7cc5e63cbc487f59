/**
 * Categories the user writes in the Sales sheet (Product category, Customer category). A product
 * or account has one category: a different value in a later row is an error at that row. When some
 * products have a category, every product needs one (the matrix cannot mix given and computed
 * categories), so each product without any is an error at its first row.
 */
import { errorAt, type Diagnostic, type Location } from '../../errors.js';

export interface CategoryWording {
  /** "product" or "account". */
  noun: string;
  /** The column's header as documented: "Product category". */
  header: string;
}

interface FirstClaim<Category> {
  category: Category;
  row: number;
}

export interface CategoryClaims<Category> {
  /** Row by row: the category sheet row `row` gives `key` (product name or account ID), if any. */
  add: (key: string, category: Category | undefined, row: number) => void;
  /** key → category when every key has one; undefined otherwise; errors for conflicts and gaps. */
  resolve: (diagnostics: Diagnostic[]) => Record<string, Category> | undefined;
}

function conflictMessage<Category>(
  key: string,
  category: Category,
  first: FirstClaim<Category>,
  wording: CategoryWording,
): string {
  return `${String(category)} differs from ${String(first.category)} given for ${wording.noun} "${key}" in row ${first.row}; a ${wording.noun} has one ${wording.header.toLowerCase()}`;
}

/**
 * Collects the claims of one category column; `cellAt` locates its cell in a row. Only what the
 * checks need is kept — each key's first row, the first category given and the conflicts — not
 * one record per row, since the Sales sheet may have hundreds of thousands of rows.
 */
export function categoryClaims<Category extends string | number>(
  wording: CategoryWording,
  cellAt: (row: number) => Location,
): CategoryClaims<Category> {
  const given = new Map<string, FirstClaim<Category>>();
  // Every claim's key and row, in order: each key's first row is needed only when some category
  // is given, so it is found then rather than tracked row by row.
  const claims = { keys: [] as string[], rows: [] as number[] };
  const conflicts: Diagnostic[] = [];
  return {
    add: (key, category, row) => {
      claims.keys.push(key);
      claims.rows.push(row);
      if (category === undefined) return;
      const first = given.get(key);
      if (first === undefined) given.set(key, { category, row });
      else if (first.category !== category)
        conflicts.push(errorAt(cellAt(row), conflictMessage(key, category, first, wording)));
    },
    resolve: (diagnostics) => {
      diagnostics.push(...conflicts);
      if (given.size === 0) return undefined;
      const firstRow = new Map<string, number>();
      claims.keys.forEach((key, index) => {
        if (!firstRow.has(key)) firstRow.set(key, claims.rows[index] ?? 0);
      });
      const missing = [...firstRow].filter(([key]) => !given.has(key));
      for (const [key, row] of missing) {
        diagnostics.push(
          errorAt(
            cellAt(row),
            `is empty, and ${wording.noun} "${key}" has no ${wording.header} in any row while others have one; give every ${wording.noun} a ${wording.header.toLowerCase()} or leave the column empty to compute them`,
          ),
        );
      }
      if (missing.length > 0) return undefined;
      return Object.fromEntries([...given].map(([key, first]) => [key, first.category]));
    },
  };
}
