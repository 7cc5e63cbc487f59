/**
 * Reading the Team and RACI sheets into `TeamData`; undefined when the workbook has neither.
 * The RACI sheet is read after the Team sheet so its headers can be matched to names and roles.
 */
import { warningAt, type Diagnostic } from '../../errors.js';
import type { TeamData, TeamSheet } from '../../model/team.js';
import { normaliseName } from '../../validate/names.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { readRaciSheet } from './read-raci.js';
import { readTeamSheet } from './read-team.js';

/** KAMs of the Accounts sheet who are not on the team: their accounts show as uncovered. */
function warnMissingKams(context: SheetReaderContext, team: TeamSheet, diagnostics: Diagnostic[]) {
  const names = new Set(team.members.map((member) => normaliseName(member.name)));
  const missing = new Map<string, number>();
  for (const account of context.accounts) {
    if (account.kam === undefined || names.has(normaliseName(account.kam))) continue;
    missing.set(account.kam, (missing.get(account.kam) ?? 0) + 1);
  }
  const file = context.workbook.tables.find((table) => table.sheet === team.sheet)?.file;
  for (const [kam, count] of missing)
    diagnostics.push(
      warningAt(
        { file: file ?? context.workbook.source, sheet: team.sheet },
        `KAM "${kam}" (${count} account${count === 1 ? '' : 's'} in the Accounts sheet) is not in the ${team.sheet} sheet; add them there to show their coverage`,
      ),
    );
}

export function readTeamSheets(
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): TeamData | undefined {
  const team = readTeamSheet(context, diagnostics);
  const raci = readRaciSheet(context, team, diagnostics);
  if (team === undefined && raci === undefined) return undefined;
  if (team !== undefined) warnMissingKams(context, team, diagnostics);
  return {
    ...(team === undefined ? {} : { team }),
    ...(raci === undefined ? {} : { raci }),
  };
}
