/**
 * Decision-making org chart, per account: the reporting forest (several tops are normal: external
 * advisers form their own groups), the stakeholders to win — high decision power and not yet
 * positive — and, for each, the positive people who influence them (the route to the deal).
 *
 * Conventions: siblings and tops keep sheet order (the user controls the chart); targets are listed
 * most senior first (fewest reporting levels), then Negative before Neutral, then name and id;
 * influencers by decision power (High first), key contacts first, then name and id.
 */
import type { KamModel } from '../../model/model.js';
import type { InfluenceLink, Stakeholder } from '../../model/stakeholders.js';
import { buildForest, type OrgGroup, type OrgPerson } from './forest.js';

export type { OrgGroup, OrgPerson } from './forest.js';

export interface OrgChartParams {
  /** Only this account's chart; default every account with stakeholders. */
  account?: string | undefined;
}

export interface WinTarget {
  person: OrgPerson;
  /** Positive people with an Influence line to the target: the routes, best first. */
  via: OrgPerson[];
  /** Negative people with an Influence line to the target: who may work against us. */
  opposers: OrgPerson[];
}

export interface RelationshipCounts {
  people: number;
  positive: number;
  neutral: number;
  negative: number;
  highPower: number;
  keyContacts: number;
  external: number;
}

export interface AccountOrgChart {
  accountId: string;
  accountName: string;
  /** In sheet order. */
  people: OrgPerson[];
  /** The client's group first, then external organisations in order of first appearance. */
  groups: OrgGroup[];
  influences: InfluenceLink[];
  targets: WinTarget[];
  counts: RelationshipCounts;
}

export interface OrgChartResult {
  sheet: string;
  influenceSheet?: string | undefined;
  charts: AccountOrgChart[];
}

const POWER_RANK = { High: 0, Medium: 1, Low: 2 } as const;
const RELATIONSHIP_RANK = { Negative: 0, Neutral: 1, Positive: 2 } as const;

const byNameThenId = (a: Stakeholder, b: Stakeholder): number =>
  a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en');

export function compareTargets(a: OrgPerson, b: OrgPerson): number {
  return (
    a.depth - b.depth ||
    RELATIONSHIP_RANK[a.relationship] - RELATIONSHIP_RANK[b.relationship] ||
    byNameThenId(a, b)
  );
}

export function compareInfluencers(a: OrgPerson, b: OrgPerson): number {
  return (
    POWER_RANK[a.decisionPower] - POWER_RANK[b.decisionPower] ||
    Number(b.keyContact) - Number(a.keyContact) ||
    byNameThenId(a, b)
  );
}

/** A stakeholder to win: high decision power and a relationship that is not (yet) positive. */
export function isStakeholderToWin(person: Stakeholder): boolean {
  return person.decisionPower === 'High' && person.relationship !== 'Positive';
}

function influencersOf(
  target: OrgPerson,
  links: readonly InfluenceLink[],
  byId: ReadonlyMap<string, OrgPerson>,
  relationship: Stakeholder['relationship'],
): OrgPerson[] {
  return links
    .filter((link) => link.kind === 'Influence' && link.to === target.id)
    .map((link) => byId.get(link.from))
    .filter((person): person is OrgPerson => person?.relationship === relationship)
    .sort(compareInfluencers);
}

export function findTargets(people: readonly OrgPerson[], links: readonly InfluenceLink[]) {
  const byId = new Map(people.map((person) => [person.id, person]));
  return people
    .filter(isStakeholderToWin)
    .sort(compareTargets)
    .map((person): WinTarget => ({
      person,
      via: influencersOf(person, links, byId, 'Positive'),
      opposers: influencersOf(person, links, byId, 'Negative'),
    }));
}

function countPeople(people: readonly Stakeholder[]): RelationshipCounts {
  const count = (test: (person: Stakeholder) => boolean) => people.filter(test).length;
  return {
    people: people.length,
    positive: count((person) => person.relationship === 'Positive'),
    neutral: count((person) => person.relationship === 'Neutral'),
    negative: count((person) => person.relationship === 'Negative'),
    highPower: count((person) => person.decisionPower === 'High'),
    keyContacts: count((person) => person.keyContact),
    external: count((person) => person.organisation !== undefined),
  };
}

export function analyseAccount(
  accountId: string,
  accountName: string,
  people: readonly Stakeholder[],
  links: readonly InfluenceLink[],
): AccountOrgChart {
  const forest = buildForest(people, accountName);
  const influences = links.filter((link) => link.accountId === accountId);
  return {
    accountId,
    accountName,
    people: forest.people,
    groups: forest.groups,
    influences,
    targets: findTargets(forest.people, influences),
    counts: countPeople(people),
  };
}

/** Items by account ID, in sheet order: grouped once rather than filtered once per account. */
function byAccount<Item extends { accountId: string }>(
  items: readonly Item[],
): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const group = groups.get(item.accountId);
    if (group === undefined) groups.set(item.accountId, [item]);
    else group.push(item);
  }
  return groups;
}

/** Accounts (in Accounts sheet order) that have stakeholders, optionally only `params.account`. */
export function analyseOrgChart(model: KamModel, params: OrgChartParams): OrgChartResult {
  const data = model.stakeholders;
  // Each account's people in sheet order, grouped once (not one pass over all people per account).
  const peopleOf = byAccount(data?.people ?? []);
  const linksOf = byAccount(data?.influences ?? []);
  const charts: AccountOrgChart[] = [];
  for (const account of model.accounts) {
    if (params.account !== undefined && account.id !== params.account) continue;
    const people = peopleOf.get(account.id) ?? [];
    if (people.length === 0) continue;
    charts.push(analyseAccount(account.id, account.name, people, linksOf.get(account.id) ?? []));
  }
  return { sheet: data?.sheet ?? 'Stakeholders', influenceSheet: data?.influenceSheet, charts };
}
