/**
 * Validated data of the Stakeholders and Influence sheets: the people of each account's buying
 * organisation (and its external advisers), their reporting lines and the dotted lines between them.
 * Validation guarantees: person ids unique within an account, every Reports to and every influence
 * end names a person of the same account, and reporting lines form no cycle.
 */

export const RELATIONSHIPS = ['Positive', 'Neutral', 'Negative'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const DECISION_POWERS = ['High', 'Medium', 'Low'] as const;
export type DecisionPower = (typeof DECISION_POWERS)[number];

export const INFLUENCE_KINDS = ['Influence', 'Conflict'] as const;
export type InfluenceKind = (typeof INFLUENCE_KINDS)[number];

export interface Stakeholder {
  accountId: string;
  /** Person ID, unique within the account. */
  id: string;
  name: string;
  title?: string;
  /** External organisation (e.g. a consulting partner); absent for the client's own people. */
  organisation?: string;
  /** Person ID of the manager in the same account; absent for the top of a tree. */
  reportsTo?: string;
  relationship: Relationship;
  decisionPower: DecisionPower;
  keyContact: boolean;
  /** Who on our side owns the relationship. */
  owner?: string;
  notes?: string;
  /** Sheet row, for notes and as a stable order (sheet order is the chart's sibling order). */
  row: number;
}

/** A non-hierarchical line: `from` influences `to`, or the two are in conflict. */
export interface InfluenceLink {
  accountId: string;
  from: string;
  to: string;
  kind: InfluenceKind;
  note?: string;
  row: number;
}

export interface StakeholderData {
  /** Sheet names as written in the workbook, for notes. */
  sheet: string;
  influenceSheet?: string;
  /** In sheet order. */
  people: Stakeholder[];
  /** In sheet order; duplicates removed. */
  influences: InfluenceLink[];
}
