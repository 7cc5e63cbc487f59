/** Hand-built team models for the team analysis and compose tests. */
import type { KamModel } from '../../../src/model/model.js';
import type { RaciColumn, RaciLetter, TeamMember } from '../../../src/model/team.js';
import { makeModel } from '../../helpers/model.js';

export function member(
  name: string,
  role: string,
  accountIds: string[] = [],
  region?: string,
): TeamMember {
  return { name, role, accountIds, row: 0, ...(region === undefined ? {} : { region }) };
}

/** Letters from a compact code per column: 'RA' → ['R', 'A'], '' → []. */
export function letters(...codes: string[]): RaciLetter[][] {
  return codes.map((code) => [...code] as RaciLetter[]);
}

/**
 * Five accounts (revenue 50/20/15/10/5 = 100 in FY2026), KAMs Dana (A1, A2) and Omar (A3);
 * A4 and A5 have no KAM.
 */
export function teamModel(): KamModel {
  return makeModel(
    ['FY2026'],
    [
      { id: 'A1', name: 'Alpha', revenue: [50], extra: { division: 'Provider', kam: 'Dana Lee' } },
      { id: 'A2', name: 'Beta', revenue: [20], extra: { division: 'Payer', kam: 'dana lee' } },
      { id: 'A3', name: 'Gamma', revenue: [15], extra: { division: 'Payer', kam: 'Omar Ruiz' } },
      { id: 'A4', name: 'Delta', revenue: [10], extra: { division: 'Provider' } },
      { id: 'A5', name: 'Epsilon', revenue: [5] },
    ],
  );
}

export function withTeam(
  model: KamModel,
  members: TeamMember[],
  raci?: { columns: RaciColumn[]; activities: [string, RaciLetter[][]][] },
): KamModel {
  return {
    ...model,
    team: {
      team: { sheet: 'Team', members },
      ...(raci === undefined
        ? {}
        : {
            raci: {
              sheet: 'RACI',
              columns: raci.columns,
              activities: raci.activities.map(([activity, cells], index) => ({
                activity,
                letters: cells,
                row: index + 2,
              })),
            },
          }),
    },
  };
}

export const KAM_ROLE: RaciColumn = {
  header: 'KAM',
  kind: 'role',
  people: ['Dana Lee', 'Omar Ruiz'],
};
export const DANA: RaciColumn = { header: 'Dana Lee', kind: 'person', people: ['Dana Lee'] };
export const ANA: RaciColumn = { header: 'Ana Silva', kind: 'person', people: ['Ana Silva'] };
export const LEGAL: RaciColumn = { header: 'Legal', kind: 'unknown', people: [] };

const ROLES = [
  'Key Account Manager',
  'Solutions Architect',
  'Customer Success Manager',
  'Implementation Lead',
];
const CODES = ['R', 'A', 'C', 'I', 'RA', '', '', 'C', 'I', ''];

/**
 * A large team: `people` people over 300 accounts (each KAM-less account listed by someone, some
 * people with long names), and a RACI of `activities` rows × `columns` person columns with long
 * activity names every 7th row; codes cycle so some rows are flagged.
 */
export function largeTeamModel(people: number, activities: number, columns: number): KamModel {
  const accounts = Array.from({ length: 300 }, (_, index) => ({
    id: `K${index + 1}`,
    name:
      index % 25 === 0
        ? `Consolidated Metropolitan University Hospitals Group ${index}`
        : `Account ${index + 1}`,
    revenue: [Math.round(5_000_000 / (index + 1))],
    extra: { division: ['Provider Cloud', 'Payer Solutions', 'Life Sciences'][index % 3] ?? '' },
  }));
  const model = makeModel(['FY2026'], accounts);
  const members = Array.from({ length: people }, (_, p) =>
    member(
      p % 6 === 0 ? `Maximiliana Ottoline Featherstonehaugh-Worthington ${p}` : `Person ${p + 1}`,
      ROLES[p % ROLES.length] ?? 'KAM',
      accounts.filter((_, index) => index % people === p).map((account) => account.id),
      p % 2 === 0 ? 'North America & EMEA' : 'APAC',
    ),
  );
  const raciColumns: RaciColumn[] = members.slice(0, columns).map((m) => ({
    header: m.name,
    kind: 'person',
    people: [m.name],
  }));
  const rows: [string, RaciLetter[][]][] = Array.from({ length: activities }, (_, a) => [
    a % 7 === 0
      ? `Quarterly executive business review preparation including value realisation evidence ${a}`
      : `Activity ${a + 1}`,
    raciColumns.map((_, c) => [...(CODES[(a + c * 3) % CODES.length] ?? '')] as RaciLetter[]),
  ]);
  return withTeam(model, members, { columns: raciColumns, activities: rows });
}
