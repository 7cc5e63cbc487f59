/**
 * Reading the Stakeholders and Influence sheets: row values by the sheet specs, then the checks
 * across rows and sheets (people.ts, influence.ts). Without a Stakeholders sheet the org chart is
 * simply not made; an Influence sheet alone is ignored with a warning.
 */
import { warningAt, type Diagnostic } from '../../errors.js';
import type { StakeholderData } from '../../model/stakeholders.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { findTable, tableLocation, validateTable } from '../../validate/table.js';
import { checkInfluences } from './influence.js';
import { checkPeople } from './people.js';
import { createPersonIndex, writtenPeople } from './person-index.js';
import { INFLUENCE_SHEET, STAKEHOLDERS_SHEET } from './sheet-spec.js';

export function readStakeholderSheets(
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): StakeholderData | undefined {
  const { workbook, locale } = context;
  const table = findTable(workbook, STAKEHOLDERS_SHEET.name, STAKEHOLDERS_SHEET.aliases);
  const influenceTable = findTable(workbook, INFLUENCE_SHEET.name, INFLUENCE_SHEET.aliases);
  if (table === undefined) {
    if (influenceTable !== undefined) {
      diagnostics.push(
        warningAt(
          tableLocation(influenceTable),
          'ignored: influence lines need a Stakeholders sheet with the people they link',
        ),
      );
    }
    return undefined;
  }
  const people = validateTable(table, STAKEHOLDERS_SHEET, locale);
  diagnostics.push(...people.diagnostics);
  const index = createPersonIndex(writtenPeople(table, people.columnIndex));
  const checked = checkPeople(people.rows, context, index, diagnostics);
  const data: StakeholderData = {
    sheet: table.sheet,
    people: checked.map((entry) => entry.person),
    influences: [],
  };
  if (influenceTable !== undefined) {
    const links = validateTable(influenceTable, INFLUENCE_SHEET, locale);
    diagnostics.push(...links.diagnostics);
    data.influenceSheet = influenceTable.sheet;
    data.influences = checkInfluences(links.rows, context, index, diagnostics);
  }
  return data;
}
