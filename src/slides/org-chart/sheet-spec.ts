/**
 * The input contract of the Stakeholders and Influence sheets. Values are read per row here; the
 * checks across rows (unknown people, duplicates, reporting cycles) are in `references.ts`.
 * Relationship, Decision power and Kind accept a few common synonyms ("Champion" → Positive).
 */
import { z } from 'zod';
import { describeValue } from '../../errors.js';
import type { CellValue } from '../../load/raw-table.js';
import {
  DECISION_POWERS,
  INFLUENCE_KINDS,
  RELATIONSHIPS,
  type DecisionPower,
  type InfluenceKind,
  type Relationship,
} from '../../model/stakeholders.js';
import { booleanCell, required, textCell } from '../../validate/cells.js';
import { normaliseName } from '../../validate/names.js';
import { parseText } from '../../validate/parse-cell.js';
import type { ColumnSpec, SheetSpec } from '../../validate/sheet-spec.js';
import { ACCOUNT_ID_COLUMN } from '../../validate/sheets/accounts.js';

/** Words people write for each value, compared after `normaliseName` (case, spaces, dashes). */
const RELATIONSHIP_WORDS: Record<Relationship, readonly string[]> = {
  Positive: ['positive', 'supporter', 'supportive', 'champion', 'ally', 'favourable', 'favorable'],
  Neutral: ['neutral', 'undecided', 'indifferent', 'neutrale'],
  Negative: ['negative', 'opponent', 'detractor', 'blocker', 'hostile', 'critical', 'negativo'],
};
const POWER_WORDS: Record<DecisionPower, readonly string[]> = {
  High: ['high', 'h', 'alta', 'alto'],
  Medium: ['medium', 'med', 'm', 'mid', 'moderate', 'media', 'medio'],
  Low: ['low', 'l', 'bassa', 'basso'],
};
const KIND_WORDS: Record<InfluenceKind, readonly string[]> = {
  Influence: ['influence', 'influences', 'dotted', 'dotted line', 'informal', 'influenza'],
  Conflict: ['conflict', 'tension', 'rivalry', 'conflitto'],
};

/** A cell holding one of `choices` (or a synonym); empty gives `fallback`, or an error when none. */
function synonymCell<T extends string>(
  choices: readonly T[],
  words: Record<T, readonly string[]>,
  what: string,
  fallback?: T,
) {
  const expected = `one of ${choices.join(', ')}`;
  return z.unknown().transform((raw, ctx): T => {
    const text = parseText(raw as CellValue);
    if (text === null) {
      if (fallback !== undefined) return fallback;
      ctx.addIssue({ code: 'custom', message: `is empty; ${what} (${expected}) is required` });
      return z.NEVER;
    }
    const wanted = normaliseName(text);
    const found = choices.find((choice) =>
      words[choice].some((word) => normaliseName(word) === wanted),
    );
    if (found === undefined) {
      ctx.addIssue({ code: 'custom', message: `${describeValue(raw)} is not ${expected}` });
      return z.NEVER;
    }
    return found;
  });
}

const accountColumn: ColumnSpec = {
  key: 'accountId',
  header: ACCOUNT_ID_COLUMN.header,
  // A bare "ID" column next to Person ID is ambiguous, so that alias is left out here.
  aliases: ACCOUNT_ID_COLUMN.aliases.filter((alias) => alias !== 'ID'),
  required: true,
  description: 'The account the person belongs to (must be in the Accounts sheet).',
};

export interface StakeholderRow {
  accountId: string;
  id: string;
  name: string;
  title?: string | undefined;
  organisation?: string | undefined;
  reportsTo?: string | undefined;
  relationship: Relationship;
  decisionPower: DecisionPower;
  keyContact?: boolean | undefined;
  owner?: string | undefined;
  notes?: string | undefined;
}

export const STAKEHOLDERS_SHEET: SheetSpec<StakeholderRow> = {
  name: 'Stakeholders',
  aliases: ['Stakeholder', 'Stakeholder map', 'Org chart', 'Decision makers', 'Buying center'],
  columns: [
    accountColumn,
    {
      key: 'id',
      header: 'Person ID',
      aliases: ['Person', 'Stakeholder ID', 'Contact ID', 'Person code', 'Employee ID'],
      required: true,
      description: 'Unique within the account; Reports to, From and To refer to it.',
    },
    {
      key: 'name',
      header: 'Name',
      aliases: ['Full name', 'Person name', 'Stakeholder', 'Contact', 'Nome'],
      required: true,
      description: 'Shown in the box (one line; shortened with … when long).',
    },
    {
      key: 'title',
      header: 'Title',
      aliases: ['Job title', 'Role', 'Position', 'Function', 'Ruolo'],
      description: 'Shown under the name (up to two lines).',
    },
    {
      key: 'organisation',
      header: 'Organisation',
      aliases: ['Organization', 'Company', 'Org', 'Firm', 'Employer', 'Azienda'],
      description: 'Empty for the client; otherwise an external party, drawn as its own group.',
    },
    {
      key: 'reportsTo',
      header: 'Reports to',
      aliases: ['Reports to (Person ID)', 'Reports to ID', 'Manager', 'Manager ID', 'Line manager'],
      description: 'Person ID of the manager in the same account; empty for the top of a tree.',
    },
    {
      key: 'relationship',
      header: 'Relationship',
      aliases: ['Relation', 'Sentiment', 'Attitude', 'Stance', 'Relationship status'],
      required: true,
      description: 'Positive, Neutral or Negative: the box colour.',
    },
    {
      key: 'decisionPower',
      header: 'Decision power',
      aliases: ['Power', 'Decision-making power', 'Decision authority', 'Authority'],
      required: true,
      description: 'High, Medium or Low: the badge H / M / L.',
    },
    {
      key: 'keyContact',
      header: 'Key contact',
      aliases: ['Key contact?', 'Key contact point', 'Main contact', 'Primary contact'],
      description: 'yes marks a key contact point (★); empty means no.',
    },
    {
      key: 'owner',
      header: 'Our owner',
      aliases: ['Owner', 'Relationship owner', 'Our contact', 'Covered by'],
      description: 'Who on our side owns the relationship (speaker notes).',
    },
    { key: 'notes', header: 'Notes', aliases: ['Note', 'Comments', 'Comment', 'Remarks'] },
  ],
  rowSchema: () =>
    z.object({
      accountId: required(textCell(), 'an account ID'),
      id: required(textCell(), 'a person ID'),
      name: required(textCell(), 'a name'),
      title: textCell(),
      organisation: textCell(),
      reportsTo: textCell(),
      relationship: synonymCell(RELATIONSHIPS, RELATIONSHIP_WORDS, 'a relationship'),
      decisionPower: synonymCell(DECISION_POWERS, POWER_WORDS, 'a decision power'),
      keyContact: booleanCell(),
      owner: textCell(),
      notes: textCell(),
    }),
};

export interface InfluenceRow {
  accountId: string;
  from: string;
  to: string;
  kind: InfluenceKind;
  note?: string | undefined;
}

export const INFLUENCE_SHEET: SheetSpec<InfluenceRow> = {
  name: 'Influence',
  aliases: ['Influences', 'Influence lines', 'Dotted lines', 'Informal influence'],
  columns: [
    accountColumn,
    {
      key: 'from',
      header: 'From',
      aliases: ['From (Person ID)', 'From person', 'Influencer', 'Source'],
      required: true,
      description: 'Person ID of the person who influences.',
    },
    {
      key: 'to',
      header: 'To',
      aliases: ['To (Person ID)', 'To person', 'Influenced', 'Target'],
      required: true,
      description: 'Person ID of the person influenced (same account).',
    },
    {
      key: 'kind',
      header: 'Kind',
      aliases: ['Type', 'Link', 'Link type'],
      description: 'Influence (dotted line) or Conflict (dotted red line); empty means Influence.',
    },
    { key: 'note', header: 'Note', aliases: ['Notes', 'Comment', 'Comments'] },
  ],
  rowSchema: () =>
    z.object({
      accountId: required(textCell(), 'an account ID'),
      from: required(textCell(), 'a person ID'),
      to: required(textCell(), 'a person ID'),
      kind: synonymCell(INFLUENCE_KINDS, KIND_WORDS, 'a kind', 'Influence'),
      note: textCell(),
    }),
};
