/**
 * The little XML the xlsx reader needs, on bytes: where a tag ends, its attributes, and text
 * decoded the way an XML parser (and so exceljs) decodes it. Sheets are never turned into one big
 * string; only the values are.
 */

/** Thrown when a part is not the XML it should be; the reader reports the workbook as damaged. */
export class DamagedXml extends Error {}

export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const EQUALS = 0x3d;

/** True for the bytes that can end an element name: whitespace, ">" and "/". */
export function endsName(byte: number | undefined): boolean {
  return (
    byte === 0x20 ||
    byte === GT ||
    byte === SLASH ||
    byte === 0x0a ||
    byte === 0x09 ||
    byte === 0x0d
  );
}

/** Index of the ">" that closes the tag opened at `from`, skipping quoted attribute values. */
export function tagEnd(xml: Buffer, from: number): number {
  for (let at = from; at < xml.length; at += 1) {
    const byte = xml[at];
    if (byte === GT) return at;
    if (byte === QUOTE || byte === APOSTROPHE) {
      at = xml.indexOf(byte, at + 1);
      if (at === -1) break;
    }
  }
  throw new DamagedXml('unterminated tag');
}

/**
 * Walks the attributes of one tag without allocating: after each `next()` that returns true,
 * `name…` and `value…` hold byte offsets into the XML.
 */
export class AttributeCursor {
  nameStart = 0;
  nameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  private at = 0;
  private end = 0;

  constructor(private readonly xml: Buffer) {}

  /** Starts on the attributes between `from` (just after the element name) and `end` (the ">"). */
  reset(from: number, end: number): void {
    this.at = from;
    this.end = end;
  }

  next(): boolean {
    const { xml, end } = this;
    let at = this.at;
    while (at < end && (endsName(xml[at]) || xml[at] === SLASH)) at += 1;
    if (at >= end) return false;
    this.nameStart = at;
    while (at < end && xml[at] !== EQUALS && !endsName(xml[at])) at += 1;
    this.nameEnd = at;
    while (at < end && xml[at] !== QUOTE && xml[at] !== APOSTROPHE) at += 1;
    const quote = xml[at];
    const close = quote === undefined ? -1 : xml.indexOf(quote, at + 1);
    if (at >= end || close === -1 || close > end) throw new DamagedXml('bad attribute');
    this.valueStart = at + 1;
    this.valueEnd = close;
    this.at = close + 1;
    return true;
  }

  /** True when the current attribute is called `name` (ASCII). */
  is(name: string): boolean {
    if (this.nameEnd - this.nameStart !== name.length) return false;
    for (let i = 0; i < name.length; i += 1) {
      if (this.xml[this.nameStart + i] !== name.charCodeAt(i)) return false;
    }
    return true;
  }

  value(): string {
    const raw = utf8(this.xml, this.valueStart, this.valueEnd);
    return decodeEntities(normalizeAttributeSpace(raw));
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function entity(match: string, body: string): string {
  const named = NAMED[body];
  if (named !== undefined) return named;
  const code = body.startsWith('#x')
    ? parseInt(body.slice(2), 16)
    : body.startsWith('#')
      ? parseInt(body.slice(1), 10)
      : Number.NaN;
  if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) {
    throw new DamagedXml(`unknown entity ${match}`);
  }
  return String.fromCodePoint(code);
}

/** XML entities and character references, as the XML parser resolves them. */
function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(/&([^;&]*);/g, entity) : text;
}

function utf8(xml: Buffer, start: number, end: number): string {
  return xml.toString('utf8', start, end);
}

/** An XML parser turns line breaks and tabs typed inside an attribute value into spaces. */
function normalizeAttributeSpace(raw: string): string {
  return /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
}

/** Text between two offsets, as an XML parser gives it: UTF-8, entities, line ends as "\n". */
export function decodeText(xml: Buffer, start: number, end: number): string {
  const raw = utf8(xml, start, end);
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return decodeEntities(text);
}

/**
 * exceljs decodes some texts a second time (formula string results, sheet names) with this
 * reduced table; kept so a "&amp;lt;" reads as it did.
 */
export function decodeAgain(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([a-z]*);/g, (match, name: string) =>
    name === 'lt' || name === 'gt' || name === 'amp' || name === 'apos' || name === 'quot'
      ? (NAMED[name] ?? match)
      : match,
  );
}

/** `_x000D_` → carriage return: how Excel escapes characters XML cannot hold (shared strings). */
export function decodeExcelEscapes(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** The value of attribute `name` in one tag's text (for the small parts read as strings). */
export function attributeOf(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  const raw = match?.[1] ?? match?.[2];
  return raw === undefined ? undefined : decodeEntities(normalizeAttributeSpace(raw));
}

/** Every start tag `<name …>` in `xml`, quoted values allowed to hold ">". */
export function tagsNamed(xml: string, name: string): string[] {
  const pattern = new RegExp(`<${name}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'g');
  return xml.match(pattern) ?? [];
}
