/**
 * Org-chart fixtures: hand-built people for analysis and compose tests, and a synthetic
 * organisation of any size (seeded, fictional names) for the layout tests.
 */
import type {
  DecisionPower,
  InfluenceLink,
  Relationship,
  Stakeholder,
} from '../../../src/model/stakeholders.js';
import { makeModel, seededRandom } from '../../helpers/model.js';
import type { KamModel } from '../../../src/model/model.js';

export function person(
  id: string,
  fields: Partial<Stakeholder> & { reportsTo?: string } = {},
): Stakeholder {
  return {
    accountId: 'A1',
    id,
    name: `Person ${id}`,
    relationship: 'Neutral',
    decisionPower: 'Low',
    keyContact: false,
    row: Number(id.replace(/\D/g, '')) + 1 || 2,
    ...fields,
  };
}

export function link(from: string, to: string, kind: InfluenceLink['kind'] = 'Influence') {
  return { accountId: 'A1', from, to, kind, row: 2 } satisfies InfluenceLink;
}

/** A model with one account A1 ("Acme Health") holding these people and links. */
export function orgModel(people: Stakeholder[], influences: InfluenceLink[] = []): KamModel {
  const model = makeModel(['FY2026'], [{ id: 'A1', name: 'Acme Health', revenue: [100] }]);
  return { ...model, stakeholders: { sheet: 'Stakeholders', people, influences } };
}

const FIRST = [
  'Ava',
  'Bruno',
  'Chiara',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kaito',
  'Lena',
  'Mateo',
  'Nadia',
  'Oskar',
  'Priyanka',
];
const LAST = [
  'Abernathy',
  'Borowski',
  'Castellanos',
  'Dunmore',
  'Ekwueme',
  'Fitzgerald',
  'Grünewald',
  'Halvorsen',
  'Iwasaki',
  'Jablonski',
  'Kowalczyk-Reyes',
  'Lindqvist',
];
const TITLES = [
  'Chief Operating Officer',
  'VP Finance',
  'Director, Clinical Informatics and Digital Transformation',
  'Head of Procurement',
  'Senior Director, Revenue Cycle Management',
  'CIO',
  'Director of Nursing',
  'VP Strategy & Business Development',
];
const RELATIONSHIPS: Relationship[] = ['Positive', 'Neutral', 'Negative'];
const POWERS: DecisionPower[] = ['High', 'Medium', 'Low'];

/**
 * A synthetic organisation: one top, `branches` direct reports each with `perBranch` reports,
 * plus an external adviser group of `external` people (a partner and their team).
 */
export function syntheticOrg(branches: number, perBranch: number, external: number, seed = 7) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const people: Stakeholder[] = [];
  const add = (fields: Partial<Stakeholder>) => {
    const id = `P${String(people.length + 1).padStart(3, '0')}`;
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    people.push(
      person(id, {
        name,
        title: pick(TITLES),
        relationship: pick(RELATIONSHIPS),
        decisionPower: pick(POWERS),
        keyContact: random() < 0.2,
        row: people.length + 2,
        ...fields,
      }),
    );
    return id;
  };
  const top = add({ title: 'Chief Executive Officer', decisionPower: 'High' });
  for (let b = 0; b < branches; b += 1) {
    const head = add({ reportsTo: top });
    for (let r = 0; r < perBranch; r += 1) add({ reportsTo: head });
  }
  if (external > 0) {
    const partner = add({ organisation: 'Northbridge Consulting', relationship: 'Positive' });
    for (let e = 1; e < external; e += 1)
      add({ organisation: 'Northbridge Consulting', reportsTo: partner });
  }
  const influences = [
    link(people.at(-1)?.id ?? top, people[1]?.id ?? top),
    link(people[2]?.id ?? top, people.at(-2)?.id ?? top, 'Conflict'),
  ];
  return { people, influences };
}
