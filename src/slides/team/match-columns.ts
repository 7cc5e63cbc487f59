/**
 * Whom a RACI column header stands for: a Team member's Name first, else a Role (everyone holding
 * it). Matching ignores case, spaces and punctuation, like every header kamdeck reads.
 */
import type { RaciColumn, TeamSheet } from '../../model/team.js';
import { normaliseName, suggestName } from '../../validate/names.js';

export function matchRaciColumn(header: string, team: TeamSheet | undefined): RaciColumn {
  const wanted = normaliseName(header);
  const members = team?.members ?? [];
  const person = members.find((member) => normaliseName(member.name) === wanted);
  if (person !== undefined) return { header, kind: 'person', people: [person.name] };
  const holders = members.filter((member) => normaliseName(member.role) === wanted);
  if (holders.length > 0)
    return { header, kind: 'role', people: holders.map((member) => member.name) };
  return { header, kind: 'unknown', people: [] };
}

export function unmatchedHeaderMessage(header: string, team: TeamSheet): string {
  const known = [...new Set(team.members.flatMap((member) => [member.name, member.role]))];
  const suggestion = suggestName(header, known);
  const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
  return `"${header}" is neither a Name nor a Role in the ${team.sheet} sheet${hint}; the column is still shown`;
}
