/**
 * The input contract: every sheet kamdeck reads, in the order `kamdeck init` writes them. Adding a
 * sheet to the reader means adding its contract here, so init, validation and the Instructions
 * sheet know it too.
 */
import { nameMatches } from '../validate/names.js';
import { DECK_CONTRACT } from './sheets/deck.js';
import { DIVISIONS_CONTRACT, TIMELINE_CONTRACT } from './sheets/plans.js';
import { MRR_CONTRACT, REVENUE_CONTRACT } from './sheets/periods.js';
import { ACCOUNTS_CONTRACT } from './sheets/portfolio.js';
import { POLICIES_CONTRACT, SALES_CONTRACT } from './sheets/sales.js';
import { CRITERIA_CONTRACT, SCORES_CONTRACT } from './sheets/scoring.js';
import { INFLUENCE_CONTRACT, STAKEHOLDERS_CONTRACT } from './sheets/stakeholders.js';
import { CHARTER_CONTRACT, RACI_CONTRACT, TEAM_CONTRACT } from './sheets/team.js';
import type { SheetContract } from './types.js';

export const INPUT_CONTRACT: readonly SheetContract[] = [
  DECK_CONTRACT,
  ACCOUNTS_CONTRACT,
  REVENUE_CONTRACT,
  MRR_CONTRACT,
  CRITERIA_CONTRACT,
  SCORES_CONTRACT,
  SALES_CONTRACT,
  POLICIES_CONTRACT,
  STAKEHOLDERS_CONTRACT,
  INFLUENCE_CONTRACT,
  TIMELINE_CONTRACT,
  DIVISIONS_CONTRACT,
  TEAM_CONTRACT,
  RACI_CONTRACT,
  CHARTER_CONTRACT,
];

/** The sheet `kamdeck init` adds for people, not for kamdeck: never read, never warned about. */
export const INSTRUCTIONS_SHEET = {
  name: 'Instructions',
  aliases: ['Instruction', 'Read me', 'Readme', 'Help', 'How to', 'Istruzioni'],
} as const;

/** The contract of the sheet with this name (or alias), if any. */
export function findSheetContract(name: string): SheetContract | undefined {
  return INPUT_CONTRACT.find((sheet) => nameMatches(name, sheet.name, sheet.aliases));
}

export function isInstructionsSheet(name: string): boolean {
  return nameMatches(name, INSTRUCTIONS_SHEET.name, INSTRUCTIONS_SHEET.aliases);
}

/** Every sheet name kamdeck knows (canonical names only), for "did you mean" suggestions. */
export function knownSheetNames(): string[] {
  return INPUT_CONTRACT.map((sheet) => sheet.name);
}
