/** Contracts of the org chart's sheets: Stakeholders (people, reporting lines) and Influence. */
import { DECISION_POWERS, INFLUENCE_KINDS, RELATIONSHIPS } from '../../model/stakeholders.js';
import { INFLUENCE_SHEET, STAKEHOLDERS_SHEET } from '../../slides/org-chart/sheet-spec.js';
import { fromSpecs, suggested, YES_NO } from '../column.js';
import { EX1, EXAMPLE_KAMS } from '../examples.js';
import type { SheetContract } from '../types.js';

const [KAM1] = EXAMPLE_KAMS;

export const STAKEHOLDERS_CONTRACT: SheetContract = {
  name: STAKEHOLDERS_SHEET.name,
  aliases: STAKEHOLDERS_SHEET.aliases ?? [],
  purpose:
    "The people of each account's buying organisation: who reports to whom, how they see us and how much they decide (one org chart per account).",
  feeds: ['org-chart'],
  required: false,
  columns: fromSpecs(STAKEHOLDERS_SHEET.columns, {
    'Account ID': { width: 12 },
    'Person ID': { width: 10 },
    Name: { width: 22 },
    Title: { width: 26 },
    Organisation: { width: 16 },
    'Reports to': { width: 11 },
    // Synonyms such as Champion or Blocker are read too, so Excel only suggests.
    Relationship: { accepted: suggested(RELATIONSHIPS), width: 13 },
    'Decision power': { accepted: suggested(DECISION_POWERS), width: 14 },
    'Key contact': { accepted: YES_NO, width: 11 },
    'Our owner': { width: 16 },
    Notes: { description: 'Free text for the speaker notes.', width: 30 },
  }),
  fixedColumns: true,
  examples: [
    {
      'Account ID': EX1.id,
      'Person ID': 'P1',
      Name: 'Jordan Example',
      Title: 'Chief Executive Officer',
      'Reports to': null,
      Relationship: 'Neutral',
      'Decision power': 'High',
      'Key contact': 'no',
      'Our owner': KAM1,
    },
    {
      'Account ID': EX1.id,
      'Person ID': 'P2',
      Name: 'Casey Example',
      Title: 'Chief Information Officer',
      'Reports to': 'P1',
      Relationship: 'Positive',
      'Decision power': 'High',
      'Key contact': 'yes',
      'Our owner': KAM1,
      Notes: 'Sponsor of the analytics pilot',
    },
    {
      'Account ID': EX1.id,
      'Person ID': 'P3',
      Name: 'Morgan Example',
      Title: 'Head of Procurement',
      'Reports to': 'P1',
      Relationship: 'Negative',
      'Decision power': 'Medium',
      'Key contact': 'no',
      'Our owner': KAM1,
    },
  ],
  notes: ['Person IDs are unique within an account; reporting lines must not form a loop.'],
};

export const INFLUENCE_CONTRACT: SheetContract = {
  name: INFLUENCE_SHEET.name,
  aliases: INFLUENCE_SHEET.aliases ?? [],
  purpose:
    'Optional: influence and conflict between people of the Stakeholders sheet, drawn as dotted lines.',
  feeds: ['org-chart'],
  required: false,
  columns: fromSpecs(INFLUENCE_SHEET.columns, {
    'Account ID': { width: 12 },
    From: { width: 10 },
    To: { width: 10 },
    Kind: { accepted: suggested(INFLUENCE_KINDS), width: 12 },
    Note: { description: 'Free text for the speaker notes.', width: 30 },
  }),
  fixedColumns: true,
  examples: [
    { 'Account ID': EX1.id, From: 'P2', To: 'P1', Kind: 'Influence', Note: 'Trusted adviser' },
    { 'Account ID': EX1.id, From: 'P3', To: 'P2', Kind: 'Conflict', Note: 'Disagree on vendor' },
  ],
};
