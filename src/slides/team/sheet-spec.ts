/** The input contract of the Team and RACI sheets: names, aliases and columns. */
import { z } from 'zod';
import { required, textCell } from '../../validate/cells.js';
import type { SheetSpec } from '../../validate/sheet-spec.js';

export interface TeamRow {
  name: string;
  role: string;
  region?: string | undefined;
  accounts?: string | undefined;
}

export const TEAM_SHEET: SheetSpec<TeamRow> = {
  name: 'Team',
  aliases: ['KAM team', 'Account team', 'Key account team', 'Team members', 'Squadra'],
  columns: [
    {
      key: 'name',
      header: 'Name',
      aliases: ['Person', 'Team member', 'Member', 'Full name', 'Employee', 'Nome'],
      required: true,
      description: 'The person; RACI columns may name them.',
    },
    {
      key: 'role',
      header: 'Role',
      aliases: ['Title', 'Job title', 'Position', 'Function', 'Ruolo'],
      required: true,
      description: 'Their role, e.g. Key Account Manager; RACI columns may name a role.',
    },
    {
      key: 'region',
      header: 'Region',
      aliases: ['Territory', 'Area', 'Location', 'Regione'],
      description: 'Where they work (shown on their card).',
    },
    {
      key: 'accounts',
      header: 'Accounts',
      aliases: [
        'Account IDs',
        'Accounts covered',
        'Assigned accounts',
        'Account list',
        'Portfolio',
        'Clienti',
      ],
      description:
        'Account IDs they cover, separated by , or ; (the KAM column of Accounts adds to it).',
    },
  ],
  rowSchema: () =>
    z.object({
      name: required(textCell(), 'a name'),
      role: required(textCell(), 'a role'),
      region: textCell(),
      accounts: textCell(),
    }),
};

export const RACI_SHEET = {
  name: 'RACI',
  aliases: [
    'RACI matrix',
    'Responsibilities',
    'Responsibility matrix',
    'Team responsibilities',
    'Matrice RACI',
  ],
};

export const ACTIVITY_COLUMN = {
  key: 'activity',
  header: 'Activity',
  aliases: [
    'Activities',
    'Task',
    'Process',
    'Responsibility',
    'Deliverable',
    'Decision',
    'Attività',
  ],
  required: true,
  description: 'What has to be done; one row per activity.',
} as const;

/** RACI columns that are neither the activity nor a person or role. */
export const RACI_IGNORED_HEADERS = ['Notes', 'Note', 'Comment', 'Comments', 'Description'];
