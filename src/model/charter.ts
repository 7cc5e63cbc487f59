/**
 * Validated data of the Charter sheet: text sections (purpose, objectives, scope, …) in the order
 * the user wrote them, each a list of paragraphs; lines written with "-" or "•" are bullets.
 */

export interface CharterParagraph {
  /** The line without its bullet marker, trimmed. */
  text: string;
  bullet: boolean;
}

export interface CharterSection {
  title: string;
  paragraphs: CharterParagraph[];
  /** Sheet row of the section's first line, for notes and messages. */
  row: number;
}

export interface CharterData {
  /** The sheet name as written, for notes. */
  sheet: string;
  sections: CharterSection[];
}
