import type { CharterData } from './charter.js';
import type { DivisionData } from './divisions.js';
import type { SalesData } from './sales.js';
import type { ScoringData } from './scoring.js';
import type { StakeholderData } from './stakeholders.js';
import type { TeamData } from './team.js';
import type { TimelineData } from './timeline.js';

/**
 * The validated model: what every analysis reads. Built only by `validate/`, never by hand in
 * production code, so analyses can trust it (ids unique, numbers finite and non-negative, periods
 * sorted chronologically).
 */

export interface DeckInfo {
  title: string;
  subtitle: string;
  company: string;
  client: string;
  period: string;
  author: string;
  /** ISO 4217 code, e.g. USD. */
  currency: string;
  /** BCP 47 tag, e.g. en-US. */
  locale: string;
  confidentiality: string;
  /** The deck's reference date (UTC midnight); also the document timestamp, for determinism. */
  asOf: Date;
  /** The part of the portfolio a batch deck covers; absent when the deck covers all accounts. */
  scope?: DeckScope;
}

/** The kinds of group a batch makes one deck per. */
export const SCOPE_KINDS = ['division', 'kam', 'region', 'account'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/**
 * A batch deck's group, e.g. division "Provider Cloud". Kept as data so the template says it in
 * the deck's language ("Division: …", "Divisione: …").
 */
export interface DeckScope {
  by: ScopeKind;
  value: string;
}

export interface Account {
  id: string;
  name: string;
  division?: string;
  region?: string;
  industry?: string;
  kam?: string;
  plan?: string;
  mrr?: number;
  upsellMrr?: number;
  onboarding?: string;
  /** Fraction 0–1. */
  onboardingPct?: number;
  satisfaction?: number;
  engagement?: number;
  daysInQueue?: number;
  renewalDate?: Date;
  riskFlag?: boolean;
}

/** A period column such as FY2025 or Q1 2026, with a key that sorts chronologically. */
export interface Period {
  label: string;
  /** Months since year 0 of the period's first month: 2026-Q1 → 2026 * 12 + 0. */
  startMonth: number;
  /** Length in months (12 for a year, 3 for a quarter, 1 for a month). */
  months: number;
}

/** Values per account and period; every account of the model has a row (zeros when absent). */
export interface PeriodTable {
  periods: Period[];
  /** accountId → one value per period, aligned with `periods`. */
  values: Record<string, number[]>;
}

/** Parts of the model from optional sheets; absent when the workbook lacks the sheet. */
export interface OptionalData {
  /** MRR sheet: monthly recurring revenue per account and period. */
  mrr?: PeriodTable;
  scoring?: ScoringData;
  sales?: SalesData;
  stakeholders?: StakeholderData;
  timeline?: TimelineData;
  divisions?: DivisionData;
  team?: TeamData;
  charter?: CharterData;
}

export interface KamModel extends OptionalData {
  /** The input as the user named it. */
  source: string;
  deck: DeckInfo;
  accounts: Account[];
  revenue: PeriodTable;
}
