/**
 * Writing a preview into its folder: `slide-01.png` … one per slide, `contact-sheet.png` and
 * `deck.pdf`, each written atomically. Slide images left by an earlier preview of a longer deck are
 * removed, so the folder always shows exactly the deck just rendered.
 */
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from './write-atomic.js';

export interface PreviewFiles {
  pdf: Uint8Array;
  pages: readonly Uint8Array[];
  contactSheet: Uint8Array;
}

export interface WrittenPreview {
  directory: string;
  pdf: string;
  pages: string[];
  contactSheet: string;
}

export const CONTACT_SHEET_FILE = 'contact-sheet.png';
export const PDF_FILE = 'deck.pdf';
const SLIDE_FILE = /^slide-\d+\.png$/;

/** `slide-07.png`: numbers padded to at least two digits, so files sort in slide order. */
export function slideFileName(index: number, count: number): string {
  const digits = Math.max(2, String(count).length);
  return `slide-${String(index + 1).padStart(digits, '0')}.png`;
}

async function removeStaleSlides(directory: string, keep: ReadonlySet<string>): Promise<void> {
  const files = await readdir(directory).catch(() => [] as string[]);
  for (const file of files) {
    if (SLIDE_FILE.test(file) && !keep.has(file)) await rm(join(directory, file), { force: true });
  }
}

export async function writePreviewFiles(
  directory: string,
  files: PreviewFiles,
  options: { protect?: readonly string[] } = {},
): Promise<WrittenPreview> {
  const absolute = resolve(directory);
  const write = (name: string, bytes: Uint8Array) =>
    writeFileAtomic(join(absolute, name), bytes, options);
  const names = files.pages.map((_page, index) => slideFileName(index, files.pages.length));
  const pages: string[] = [];
  for (const [index, page] of files.pages.entries())
    pages.push(await write(names[index] ?? '', page));
  const contactSheet = await write(CONTACT_SHEET_FILE, files.contactSheet);
  const pdf = await write(PDF_FILE, files.pdf);
  await removeStaleSlides(absolute, new Set(names));
  return { directory: absolute, pdf, pages, contactSheet };
}
