/**
 * Reading the Charter sheet into sections in sheet order. A row with a Section starts that section;
 * a row with an empty Section adds its Content to the section above. A section written again later
 * gets the new text added (a warning says so); a section without any text is left out (warning).
 */
import { errorAt, warningAt, type Diagnostic, type Location } from '../../errors.js';
import type { CharterData, CharterSection } from '../../model/charter.js';
import { normaliseName } from '../../validate/names.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { findTable, validateTable } from '../../validate/table.js';
import { parseContent } from './content.js';
import { CHARTER_SHEET } from './sheet-spec.js';

interface Building {
  section: CharterSection;
  where: Location;
}

export function readCharterSheet(
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): CharterData | undefined {
  const table = findTable(context.workbook, CHARTER_SHEET.name, CHARTER_SHEET.aliases);
  if (table === undefined) return undefined;
  const validated = validateTable(table, CHARTER_SHEET, context.locale);
  diagnostics.push(...validated.diagnostics);
  const byName = new Map<string, Building>();
  const order: Building[] = [];
  let current: Building | undefined;
  for (const row of validated.rows) {
    const { section, content } = row.value;
    if (section !== undefined) {
      const key = normaliseName(section);
      const existing = byName.get(key);
      if (existing !== undefined)
        diagnostics.push(
          warningAt(
            row.cell('section'),
            `section "${section}" appears again (first in row ${existing.section.row}); its text is added to that section`,
          ),
        );
      current = existing ?? {
        section: { title: section, paragraphs: [], row: row.location.row ?? 0 },
        where: row.cell('section'),
      };
      if (existing === undefined) {
        byName.set(key, current);
        order.push(current);
      }
    } else if (current === undefined) {
      diagnostics.push(
        errorAt(
          row.cell('section'),
          'is empty; write the title of the section this text belongs to',
        ),
      );
      continue;
    }
    if (content !== undefined) current.section.paragraphs.push(...parseContent(content));
  }
  for (const { section, where } of order)
    if (section.paragraphs.length === 0)
      diagnostics.push(
        warningAt(where, `section "${section.title}" has no content; it is left out`),
      );
  return {
    sheet: table.sheet,
    sections: order.map((b) => b.section).filter((section) => section.paragraphs.length > 0),
  };
}
