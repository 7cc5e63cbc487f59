/**
 * Turning a Content cell into paragraphs: each line is a paragraph; a line starting with "•", "▪"
 * or "◦", or with "-", "*" or "–" followed by a space, is a bullet (the marker is dropped). Blank
 * lines and lone markers only separate. "-5% churn" stays text: a dash bullet needs its space.
 */
import type { CharterParagraph } from '../../model/charter.js';

const BULLET = /^(?:[•▪◦]\s*|[-*–](?:\s+|$))/;

export function parseContent(text: string): CharterParagraph[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .flatMap((line): CharterParagraph[] => {
      const marker = BULLET.exec(line);
      if (marker === null) return [{ text: line, bullet: false }];
      const rest = line.slice(marker[0].length).trim();
      return rest === '' ? [] : [{ text: rest, bullet: true }];
    });
}
