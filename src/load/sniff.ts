/**
 * What a file really is, from its first bytes, whatever its name says. Lets kamdeck say "this is a
 * CSV renamed .xlsx" instead of passing on a parser's confusion.
 */
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY_ARCHIVE);
}

/** OLE compound file: a legacy .xls, or any workbook saved with a password (Excel encrypts into CFB). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, CFB_SIGNATURE);
}

/** UTF-16 text starts with a byte order mark; without one, NUL bytes mean binary data. */
function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Text has no NUL bytes and almost no control characters other than tab and line breaks. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return true;
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control += 1;
  }
  return control <= sample.length / 100;
}

const LEGACY_OR_PASSWORD =
  'it is a legacy .xls or a password-protected workbook; save it as .xlsx without a password';

/** Why these bytes are not an xlsx zip, in words for the user; undefined when they are a zip. */
export function whyNotXlsx(bytes: Uint8Array): string | undefined {
  if (isZip(bytes)) return undefined;
  if (isCompoundFile(bytes)) return LEGACY_OR_PASSWORD;
  if (looksLikeText(bytes)) {
    return 'it is not an Excel workbook: it looks like a text/CSV file. Rename it to .csv, or open it in Excel and save it as .xlsx';
  }
  return 'it is not an Excel workbook (an .xlsx file is a zip archive and this file is not one); open it in Excel and save it as .xlsx';
}

/** Why these bytes are not a text file (CSV or JSON), or undefined when they look like text. */
export function whyNotText(bytes: Uint8Array): string | undefined {
  if (isZip(bytes)) {
    return 'it is an Excel workbook or another zip archive, not a text file; rename a workbook to .xlsx';
  }
  if (isCompoundFile(bytes)) return `it is not a text file: ${LEGACY_OR_PASSWORD}`;
  if (!looksLikeText(bytes)) return 'it is not a text file (it contains binary data)';
  return undefined;
}
