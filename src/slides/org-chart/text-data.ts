/**
 * What the org chart's templates receive. Handlebars runs in strict mode, so every optional field
 * is present as a key (undefined when empty).
 */
import { boundedMap, LIST_LIMIT } from '../../compose/bounded-list.js';
import type { AccountOrgChart, OrgChartResult, OrgPerson, WinTarget } from './analyse.js';

export interface PersonText {
  id: string;
  name: string;
  title: string | undefined;
  organisation: string | undefined;
  relationship: string;
  decisionPower: string;
  keyContact: boolean;
  owner: string | undefined;
  notes: string | undefined;
  managerName: string | undefined;
}

export function personText(person: OrgPerson, byId: ReadonlyMap<string, OrgPerson>): PersonText {
  return {
    id: person.id,
    name: person.name,
    title: person.title,
    organisation: person.organisation,
    relationship: person.relationship,
    decisionPower: person.decisionPower,
    keyContact: person.keyContact,
    owner: person.owner,
    notes: person.notes,
    managerName: person.reportsTo === undefined ? undefined : byId.get(person.reportsTo)?.name,
  };
}

/** The headline's stakeholder: the most senior one to win that has a route, else the most senior. */
export function headlineTarget(chart: AccountOrgChart): WinTarget | undefined {
  return chart.targets.find((target) => target.via.length > 0) ?? chart.targets[0];
}

/** `limit`: the most people, stakeholders to win and dotted lines the notes list. */
export function chartText(
  chart: AccountOrgChart,
  result: OrgChartResult,
  source: string,
  limit: number = LIST_LIMIT,
) {
  const byId = new Map(chart.people.map((person) => [person.id, person]));
  const view = (person: OrgPerson) => personText(person, byId);
  const focus = headlineTarget(chart);
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  return {
    accountId: chart.accountId,
    accountName: chart.accountName,
    sheet: result.sheet,
    influenceSheet: result.influenceSheet,
    source,
    counts: chart.counts,
    focus:
      focus === undefined
        ? undefined
        : {
            target: view(focus.person),
            via: focus.via[0] === undefined ? undefined : view(focus.via[0]),
          },
    targets: boundedMap(
      chart.targets,
      (target) => ({
        person: view(target.person),
        via: target.via.map(view),
        opposers: target.opposers.map(view),
      }),
      limit,
    ),
    people: boundedMap(chart.people, view, limit),
    influences: boundedMap(
      chart.influences,
      (link) => ({
        fromName: nameOf(link.from),
        toName: nameOf(link.to),
        kind: link.kind,
        note: link.note,
      }),
      limit,
    ),
  };
}
