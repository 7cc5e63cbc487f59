/**
 * File names from group values that users typed: unicode letters kept ("Società Ovest.pptx"),
 * anything that could leave the output folder or upset Windows neutralised, collisions suffixed.
 */

const MAX_STEM_LENGTH = 80;
// Windows refuses these names whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
// Path separators, characters Windows forbids, and control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f]+/g;

/** A file name stem for one group: never a path, never empty, never a reserved device name. */
export function safeFileStem(value: string): string {
  const cleaned = value
    .normalize('NFC')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, MAX_STEM_LENGTH)
    .trim();
  if (cleaned === '') return 'group';
  return RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** One stem per value, in order; case-insensitive duplicates get " (2)", " (3)"… */
export function uniqueFileStems(values: readonly string[]): string[] {
  const taken = new Set<string>();
  return values.map((value) => {
    const stem = safeFileStem(value);
    let candidate = stem;
    for (let n = 2; taken.has(candidate.toLocaleLowerCase('en')); n += 1)
      candidate = `${stem} (${n})`;
    taken.add(candidate.toLocaleLowerCase('en'));
    return candidate;
  });
}
