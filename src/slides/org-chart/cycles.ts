/**
 * Reporting cycles: following Reports to from anyone must end at the top of a tree. Each person has
 * at most one manager, so every cycle is found by walking up from each person once.
 */
import type { Stakeholder } from '../../model/stakeholders.js';

const keyOf = (person: Stakeholder): string => `${person.accountId}\u0000${person.id}`;

/**
 * Every cycle once, each listed in reporting order (a reports to b reports to …) and starting at
 * its member that comes first in the sheet. A person reporting to themself is a cycle of one.
 */
export function findReportingCycles(people: readonly Stakeholder[]): Stakeholder[][] {
  const byKey = new Map(people.map((person) => [keyOf(person), person]));
  const managerOf = (person: Stakeholder): Stakeholder | undefined =>
    person.reportsTo === undefined
      ? undefined
      : byKey.get(`${person.accountId}\u0000${person.reportsTo}`);
  const done = new Set<Stakeholder>();
  const cycles: Stakeholder[][] = [];
  for (const start of people) {
    const path: Stakeholder[] = [];
    const onPath = new Map<Stakeholder, number>();
    let current: Stakeholder | undefined = start;
    while (current !== undefined && !done.has(current) && !onPath.has(current)) {
      onPath.set(current, path.length);
      path.push(current);
      current = managerOf(current);
    }
    const cycleStart = current === undefined ? undefined : onPath.get(current);
    if (cycleStart !== undefined) cycles.push(rotateToFirstRow(path.slice(cycleStart)));
    for (const person of path) done.add(person);
  }
  return cycles;
}

function rotateToFirstRow(cycle: Stakeholder[]): Stakeholder[] {
  const first = cycle.reduce(
    (best, person, index) => (person.row < (cycle[best]?.row ?? Infinity) ? index : best),
    0,
  );
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}
