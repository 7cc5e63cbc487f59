/** Hand-built division models for the division-map tests. */
import type { ClientDivision, DivisionCell } from '../../../src/model/divisions.js';
import type { KamModel } from '../../../src/model/model.js';
import { makeModel } from '../../helpers/model.js';

/** "A100" → Active 100, "P" → Pilot, "O250" → Opportunity 250, "C80" → Competitor 80, "-" → None. */
export function cell(code: string): DivisionCell {
  const status = (
    { A: 'Active', P: 'Pilot', O: 'Opportunity', C: 'Competitor', '-': 'None' } as const
  )[code[0] as 'A' | 'P' | 'O' | 'C' | '-'];
  const value = code.slice(1);
  return value === '' ? { status } : { status, value: Number(value) };
}

let nextRow = 2;

export function division(accountId: string, name: string, codes: string[]): ClientDivision {
  return { accountId, division: name, cells: codes.map(cell), row: nextRow++ };
}

/** Accounts KA-1 (revenue 100), KA-2 (300), KA-3 (300, named "Alpha"). */
export function divisionModel(offerings: string[], divisions: ClientDivision[]): KamModel {
  return {
    ...makeModel(
      ['FY2026'],
      [
        { id: 'KA-1', name: 'Northwind Health', revenue: [100] },
        { id: 'KA-2', name: 'Zenith Care', revenue: [300] },
        { id: 'KA-3', name: 'Alpha Clinics', revenue: [300] },
      ],
    ),
    divisions: { sheet: 'Divisions', offerings, divisions },
  };
}
