/** The input contract of the Charter sheet: Section | Content, one or more rows per section. */
import { z } from 'zod';
import { textCell } from '../../validate/cells.js';
import type { SheetSpec } from '../../validate/sheet-spec.js';

export interface CharterRow {
  section?: string | undefined;
  content?: string | undefined;
}

export const CHARTER_SHEET: SheetSpec<CharterRow> = {
  name: 'Charter',
  aliases: ['KAM charter', 'Team charter', 'Account charter', 'Key account charter', 'Carta KAM'],
  columns: [
    {
      key: 'section',
      header: 'Section',
      aliases: ['Heading', 'Title', 'Topic', 'Chapter', 'Sezione'],
      required: true,
      description:
        'Section title, e.g. Purpose; an empty cell continues the section above. Sections keep the sheet order.',
    },
    {
      key: 'content',
      header: 'Content',
      aliases: ['Text', 'Description', 'Details', 'Body', 'Contenuto', 'Testo'],
      required: true,
      description:
        'The section text; line breaks start new paragraphs, lines starting with "-" or "•" are bullets.',
    },
  ],
  rowSchema: () => z.object({ section: textCell(), content: textCell() }),
};
