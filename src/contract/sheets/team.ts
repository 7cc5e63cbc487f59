/** Contracts of the team slides' sheets (Team, RACI) and of the Charter sheet. */
import { RACI_LETTERS } from '../../model/team.js';
import { CHARTER_SHEET } from '../../slides/charter/sheet-spec.js';
import { ACTIVITY_COLUMN, RACI_SHEET, TEAM_SHEET } from '../../slides/team/sheet-spec.js';
import { fromSpec, fromSpecs, suggested } from '../column.js';
import { EX1, EX2, EX3, EXAMPLE_ARCHITECT_ROLE, EXAMPLE_KAMS } from '../examples.js';
import type { SheetContract } from '../types.js';

const [KAM1, KAM2] = EXAMPLE_KAMS;

export const TEAM_CONTRACT: SheetContract = {
  name: TEAM_SHEET.name,
  aliases: TEAM_SHEET.aliases ?? [],
  purpose: 'Your key-account team: who they are, their role and the accounts they cover.',
  feeds: ['team'],
  required: false,
  columns: fromSpecs(TEAM_SHEET.columns, {
    Name: { width: 20 },
    Role: { width: 24 },
    Region: { width: 16 },
    Accounts: { width: 24 },
  }),
  fixedColumns: true,
  examples: [
    {
      Name: KAM1,
      Role: 'Key Account Manager',
      Region: 'North America',
      Accounts: `${EX1.id}, ${EX2.id}`,
    },
    { Name: KAM2, Role: 'Key Account Manager', Region: 'EMEA', Accounts: EX3.id },
    { Name: 'Robin Example', Role: EXAMPLE_ARCHITECT_ROLE, Region: 'EMEA', Accounts: null },
  ],
};

const RACI_PARTIES = [KAM1, KAM2, EXAMPLE_ARCHITECT_ROLE];

export const RACI_CONTRACT: SheetContract = {
  name: RACI_SHEET.name,
  aliases: RACI_SHEET.aliases,
  purpose: 'Who is Responsible, Accountable, Consulted and Informed for each key-account activity.',
  feeds: ['team'],
  required: false,
  columns: [fromSpec(ACTIVITY_COLUMN, { width: 30 })],
  more: {
    description:
      'One column per person (a Name of the Team sheet) or role (a Role of the Team sheet). Cells: R, A, C or I, combinations such as R/A, or empty.',
    format: 'text',
    accepted: suggested([...RACI_LETTERS, 'R/A']),
    exampleHeaders: RACI_PARTIES,
    width: 16,
  },
  fixedColumns: false,
  examples: [
    { Activity: 'Account plan', [KAM1]: 'R/A', [KAM2]: 'C', [EXAMPLE_ARCHITECT_ROLE]: 'I' },
    {
      Activity: 'Quarterly business review',
      [KAM1]: 'A',
      [KAM2]: 'R',
      [EXAMPLE_ARCHITECT_ROLE]: 'C',
    },
    { Activity: 'Technical roadmap', [KAM1]: 'I', [KAM2]: 'A', [EXAMPLE_ARCHITECT_ROLE]: 'R' },
  ],
  notes: ['Each activity should have exactly one A and at least one R (otherwise a warning).'],
};

export const CHARTER_CONTRACT: SheetContract = {
  name: CHARTER_SHEET.name,
  aliases: CHARTER_SHEET.aliases ?? [],
  purpose: 'The key-account charter: purpose, objectives, scope… as text sections.',
  feeds: ['charter'],
  required: false,
  columns: fromSpecs(CHARTER_SHEET.columns, {
    Section: { width: 18 },
    Content: { width: 70 },
  }),
  fixedColumns: true,
  examples: [
    {
      Section: 'Purpose',
      Content: 'Grow long-term value with our most important accounts (example text).',
    },
    {
      Section: 'Objectives',
      Content: '- Retain every key account\n- Grow key-account revenue by 10% a year',
    },
    { Section: 'Scope', Content: 'The accounts of the Accounts sheet and their decision makers.' },
  ],
};
