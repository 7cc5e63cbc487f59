/**
 * The example data `kamdeck init` writes: three fictional accounts (EX-001 to EX-003, every name
 * marked "Example") used consistently across the sheets, so the example workbook builds a deck
 * with every slide as it stands.
 */

/** The example deck's reference date; also the written workbook's document date. */
export const EXAMPLE_AS_OF = new Date(Date.UTC(2026, 8, 30));

export const utcDate = (year: number, month: number, day: number): Date =>
  new Date(Date.UTC(year, month - 1, day));

export const EXAMPLE_ACCOUNTS = [
  { id: 'EX-001', name: 'Example Health System' },
  { id: 'EX-002', name: 'Example Regional Hospital' },
  { id: 'EX-003', name: 'Example Diagnostics Lab' },
] as const;

export const [EX1, EX2, EX3] = EXAMPLE_ACCOUNTS;

/** Our key-account team (Team sheet, KAM column, RACI columns). */
export const EXAMPLE_KAMS = ['Alex Example', 'Sam Example'] as const;
export const EXAMPLE_ARCHITECT_ROLE = 'Solution Architect';
