/**
 * The reporting forest of one account: each person's depth, direct reports and top, and the groups
 * the tops fall into — the client's own trees, then one group per external organisation. A tree
 * belongs to the organisation of its top, so an adviser reporting into the client sits in the
 * client's tree (validation warns about it).
 */
import type { Stakeholder } from '../../model/stakeholders.js';
import { normaliseName } from '../../validate/names.js';

export interface OrgPerson extends Stakeholder {
  /** Reporting levels below the top of the person's tree (0 = a top). */
  depth: number;
  /** Person IDs of the direct reports, in sheet order. */
  reports: string[];
  /** Person ID of the top of the person's tree. */
  rootId: string;
}

export interface OrgGroup {
  /** Undefined for the client. */
  organisation?: string | undefined;
  /** The organisation's name as first written, or the account name for the client. */
  label: string;
  /** Person IDs of the tops of the group's trees, in sheet order. */
  roots: string[];
}

export interface Forest {
  people: OrgPerson[];
  groups: OrgGroup[];
}

/** Validated data has no cycles; the guard only stops a hand-built model from looping. */
function topOf(person: Stakeholder, byId: ReadonlyMap<string, Stakeholder>) {
  let current = person;
  let depth = 0;
  for (;;) {
    const manager = current.reportsTo === undefined ? undefined : byId.get(current.reportsTo);
    if (manager === undefined || depth > byId.size) return { root: current, depth };
    current = manager;
    depth += 1;
  }
}

function groupKey(person: Stakeholder): string {
  return person.organisation === undefined ? '' : normaliseName(person.organisation);
}

export function buildForest(people: readonly Stakeholder[], clientLabel: string): Forest {
  const byId = new Map(people.map((person) => [person.id, person]));
  const orgPeople = people.map((person): OrgPerson => {
    const { root, depth } = topOf(person, byId);
    const reports = people.filter((other) => other.reportsTo === person.id && other !== person);
    return { ...person, depth, reports: reports.map((other) => other.id), rootId: root.id };
  });
  const groups = new Map<string, OrgGroup>([['', { label: clientLabel, roots: [] }]]);
  for (const person of orgPeople.filter((candidate) => candidate.depth === 0)) {
    const key = groupKey(person);
    const group = groups.get(key) ?? {
      organisation: person.organisation,
      label: person.organisation ?? clientLabel,
      roots: [],
    };
    group.roots.push(person.id);
    groups.set(key, group);
  }
  return { people: orgPeople, groups: [...groups.values()].filter((g) => g.roots.length > 0) };
}
