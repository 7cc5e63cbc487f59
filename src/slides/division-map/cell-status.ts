/**
 * One cell of the Divisions sheet: a status, optionally followed by a value after a colon —
 * "Active", "Pilot: 45,000", "Opportunity: 250000" — the value read with the locale's number parser
 * ("Attivo: 120.000" in it-IT). Blank, "None" or a dash means no business and no opportunity.
 */
import { describeValue } from '../../errors.js';
import type { CellValue } from '../../load/raw-table.js';
import {
  OFFERING_STATUSES,
  type DivisionCell,
  type OfferingStatus,
} from '../../model/divisions.js';
import { normaliseName } from '../../validate/names.js';
import { parseNumber, parseText } from '../../validate/parse-cell.js';

/** Words accepted for each status, compared after `normaliseName` (case, spaces, accents kept). */
const STATUS_WORDS: Record<OfferingStatus, readonly string[]> = {
  Active: ['active', 'live', 'customer', 'in use', 'attivo'],
  Pilot: ['pilot', 'trial', 'poc', 'proof of concept', 'pilota'],
  Opportunity: ['opportunity', 'opp', 'prospect', 'pipeline', 'opportunità'],
  Competitor: ['competitor', 'competition', 'competitor in place', 'concorrente'],
  None: ['none', 'no', 'n/a', 'nessuno'],
};

export const ACCEPTED_STATUSES = `${OFFERING_STATUSES.filter((s) => s !== 'None').join(', ')}, None or blank`;
const EXAMPLE = '"Active: 120000"';

export type CellRead = { ok: true; cell: DivisionCell } | { ok: false; message: string };

export function parseOfferingStatus(text: string): OfferingStatus | undefined {
  if (/^[-–—]+$/.test(text.trim())) return 'None';
  const wanted = normaliseName(text);
  return OFFERING_STATUSES.find((status) =>
    STATUS_WORDS[status].some((word) => normaliseName(word) === wanted),
  );
}

function readValue(raw: CellValue, text: string, locale: string): CellRead | number {
  const parsed = parseNumber(text, locale);
  if (!parsed.ok || parsed.value === null)
    return {
      ok: false,
      message: `${describeValue(raw)} has a value that is not a number; expected a status and a number, as in ${EXAMPLE}`,
    };
  if (parsed.value < 0)
    return {
      ok: false,
      message: `${describeValue(raw)} has a negative value; expected a value of 0 or more`,
    };
  return parsed.value;
}

export function readDivisionCell(raw: CellValue, locale: string): CellRead {
  const text = parseText(raw);
  if (text === null) return { ok: true, cell: { status: 'None' } };
  if (typeof raw === 'number')
    return {
      ok: false,
      message: `${describeValue(raw)} has no status; expected ${ACCEPTED_STATUSES}, with an optional value as in ${EXAMPLE}`,
    };
  const colon = text.indexOf(':');
  const statusText = colon < 0 ? text : text.slice(0, colon);
  const valueText = colon < 0 ? '' : text.slice(colon + 1).trim();
  const status = parseOfferingStatus(statusText);
  if (status === undefined)
    return {
      ok: false,
      message: `${describeValue(raw)} is not a status; expected ${ACCEPTED_STATUSES}, with an optional value as in ${EXAMPLE}`,
    };
  if (valueText === '') return { ok: true, cell: { status } };
  if (status === 'None')
    return {
      ok: false,
      message: `${describeValue(raw)} has a value but no status; expected ${ACCEPTED_STATUSES}, as in ${EXAMPLE}`,
    };
  const value = readValue(raw, valueText, locale);
  return typeof value === 'number' ? { ok: true, cell: { status, value } } : value;
}
