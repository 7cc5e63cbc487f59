/**
 * Validated data of the Divisions sheet: per account, the client's divisions (rows) × our offerings
 * (columns), each cell a status with an optional value.
 */

export const OFFERING_STATUSES = ['Active', 'Pilot', 'Opportunity', 'Competitor', 'None'] as const;
export type OfferingStatus = (typeof OFFERING_STATUSES)[number];

/**
 * Cells where we already do business. Every other status — an open opportunity, a competitor in
 * place, or nothing at all — is whitespace: no business with us yet.
 */
export const BUSINESS_STATUSES: readonly OfferingStatus[] = ['Active', 'Pilot'];

export function isWhitespace(status: OfferingStatus): boolean {
  return !BUSINESS_STATUSES.includes(status);
}

export interface DivisionCell {
  status: OfferingStatus;
  /**
   * Annual value in the deck's currency, when written ("Active: 120000"): our revenue for Active
   * and Pilot, the estimated potential for Opportunity, the business a competitor holds for
   * Competitor. Never present for None.
   */
  value?: number;
}

export interface ClientDivision {
  accountId: string;
  division: string;
  /** One cell per offering, aligned with `DivisionData.offerings`. */
  cells: DivisionCell[];
  /** Sheet row, for notes and a stable order. */
  row: number;
}

export interface DivisionData {
  /** The sheet name as written, for notes. */
  sheet: string;
  /** Offering columns in sheet order. */
  offerings: string[];
  /** In sheet order. */
  divisions: ClientDivision[];
}
