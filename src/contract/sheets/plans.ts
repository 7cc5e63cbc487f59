/** Contracts of the planning sheets: Timeline (rollout Gantt) and Divisions (whitespace map). */
import { OFFERING_STATUSES } from '../../model/divisions.js';
import { TASK_STATUSES } from '../../model/timeline.js';
import { DIVISION_COLUMNS, DIVISIONS_SHEET } from '../../slides/division-map/sheets.js';
import { TIMELINE_SHEET } from '../../slides/timeline/sheet-spec.js';
import { fromSpecs, suggested, YES_NO } from '../column.js';
import { EX1, EX2, EXAMPLE_KAMS, utcDate } from '../examples.js';
import type { SheetContract } from '../types.js';

const [KAM1] = EXAMPLE_KAMS;

export const TIMELINE_CONTRACT: SheetContract = {
  name: TIMELINE_SHEET.name,
  aliases: TIMELINE_SHEET.aliases ?? [],
  purpose: 'Rollout plan: tasks and milestones by workstream, drawn as a Gantt chart.',
  feeds: ['timeline'],
  required: false,
  columns: fromSpecs(TIMELINE_SHEET.columns, {
    Workstream: { width: 16 },
    Task: { width: 28 },
    Start: { format: 'date', width: 12 },
    End: { format: 'date', width: 12 },
    Owner: { description: 'Who does it (shown next to the bar).', width: 16 },
    // Synonyms such as "Not started" or "Completed" are read too.
    Status: { accepted: suggested(TASK_STATUSES), width: 12 },
    Milestone: { accepted: YES_NO, width: 10 },
    'Account ID': { width: 12 },
  }),
  fixedColumns: true,
  examples: [
    {
      Workstream: 'Onboarding',
      Task: 'Kick-off workshop',
      Start: utcDate(2026, 7, 6),
      End: null,
      Owner: KAM1,
      Status: 'Done',
      Milestone: 'yes',
      'Account ID': EX1.id,
    },
    {
      Workstream: 'Onboarding',
      Task: 'Data migration',
      Start: utcDate(2026, 7, 13),
      End: utcDate(2026, 10, 16),
      Owner: 'Robin Example',
      Status: 'In progress',
      Milestone: 'no',
      'Account ID': EX1.id,
    },
    {
      Workstream: 'Expansion',
      Task: 'Analytics pilot',
      Start: utcDate(2026, 10, 1),
      End: utcDate(2026, 12, 18),
      Owner: KAM1,
      Status: 'Planned',
      Milestone: 'no',
      'Account ID': EX1.id,
    },
  ],
};

const OFFERINGS = ['Cloud Platform', 'Analytics', 'Support'];

export const DIVISIONS_CONTRACT: SheetContract = {
  name: DIVISIONS_SHEET.name,
  aliases: DIVISIONS_SHEET.aliases,
  purpose:
    "The client's divisions (rows) × your offerings (columns): where you do business and where the whitespace is.",
  feeds: ['division-map'],
  required: false,
  columns: [
    ...fromSpecs(DIVISION_COLUMNS, {
      'Account ID': { width: 12 },
      'Client division': { width: 22 },
    }),
  ],
  more: {
    description:
      'One column per offering, headed with its name. Each cell: Active, Pilot, Opportunity, Competitor or None (blank = None), optionally with an annual value after a colon, e.g. "Active: 120000".',
    format: 'text',
    accepted: suggested(OFFERING_STATUSES),
    exampleHeaders: OFFERINGS,
    width: 18,
  },
  fixedColumns: false,
  examples: [
    {
      'Account ID': EX1.id,
      'Client division': 'Cardiology',
      'Cloud Platform': 'Active: 120000',
      Analytics: 'Opportunity: 60000',
      Support: 'Active',
    },
    {
      'Account ID': EX1.id,
      'Client division': 'Radiology',
      'Cloud Platform': 'Pilot: 25000',
      Analytics: 'Competitor',
      Support: null,
    },
    {
      'Account ID': EX2.id,
      'Client division': 'Finance',
      'Cloud Platform': 'Active: 90000',
      Analytics: 'Opportunity',
      Support: 'None',
    },
  ],
};
