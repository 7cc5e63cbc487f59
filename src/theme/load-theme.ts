/**
 * Loading a theme: a bundled name or a path, followed through `extends`, merged over its base and
 * validated. Paths inside a theme (the logo) are relative to the theme file that names them.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { KamdeckError } from '../errors.js';
import { BUNDLED_THEMES_DIR } from '../paths.js';
import { isDataUri, readLogo } from './logo.js';
import { themeFileSchema, themeSchema, type Theme } from './theme-schema.js';

export const DEFAULT_THEME = 'corporate';

export interface ResolvedTheme extends Theme {
  /** The logo as a data URI, when the theme has one. */
  logoData?: string;
  /** The logo's size in pixels, so it keeps its proportions on the slide. */
  logoSizePx?: { w: number; h: number };
  /** The theme file it came from. */
  source: string;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; anything else in the override replaces the base. */
export function mergeDeep(base: JsonObject, override: JsonObject): JsonObject {
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    merged[key] = isObject(current) && isObject(value) ? mergeDeep(current, value) : value;
  }
  return merged;
}

function themePath(nameOrPath: string, relativeTo: string): string {
  const looksLikePath =
    nameOrPath.includes('/') || nameOrPath.includes('\\') || extname(nameOrPath) === '.json';
  if (!looksLikePath) return join(BUNDLED_THEMES_DIR, `${nameOrPath}.json`);
  return isAbsolute(nameOrPath) ? nameOrPath : resolve(relativeTo, nameOrPath);
}

export async function listBundledThemes(): Promise<string[]> {
  const files = await readdir(BUNDLED_THEMES_DIR);
  return files
    .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
    .map((file) => basename(file, '.json'))
    .sort();
}

/** Every bundled theme with its one-line description, for `kamdeck themes`. */
export async function describeBundledThemes(): Promise<{ name: string; description: string }[]> {
  const names = await listBundledThemes();
  return Promise.all(
    names.map(async (name) => ({ name, description: (await loadTheme(name)).description })),
  );
}

async function readThemeFile(path: string, requestedAs: string): Promise<JsonObject> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    const bundled = await listBundledThemes();
    throw new KamdeckError(
      'THEME_INVALID',
      `theme "${requestedAs}" not found (looked for ${path}); bundled themes: ${bundled.join(', ')}`,
    );
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isObject(parsed)) throw new Error('not an object');
    return parsed;
  } catch (error) {
    throw new KamdeckError(
      'THEME_INVALID',
      `theme file ${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/** Reads a theme file and its `extends` chain into one merged object (logo path made absolute). */
async function readMerged(
  nameOrPath: string,
  relativeTo: string,
  seen: string[],
): Promise<{ merged: JsonObject; path: string }> {
  const path = themePath(nameOrPath, relativeTo);
  if (seen.includes(path))
    throw new KamdeckError(
      'THEME_INVALID',
      `theme ${path} extends itself (chain: ${[...seen, path].join(' → ')})`,
    );
  const file = themeFileSchema.safeParse(await readThemeFile(path, nameOrPath));
  if (!file.success)
    throw new KamdeckError(
      'THEME_INVALID',
      `theme ${path} is invalid:\n${z.prettifyError(file.error)}`,
    );
  const { extends: parent, ...own } = file.data;
  const logo = own['logo'];
  if (isObject(logo) && typeof logo['path'] === 'string' && !isDataUri(logo['path'])) {
    own['logo'] = { ...logo, path: resolve(dirname(path), logo['path']) };
  }
  if (parent === undefined) return { merged: own, path };
  const base = await readMerged(parent, dirname(path), [...seen, path]);
  return { merged: mergeDeep(base.merged, own), path };
}

export async function loadTheme(
  nameOrPath: string = DEFAULT_THEME,
  relativeTo = '.',
): Promise<ResolvedTheme> {
  const { merged, path } = await readMerged(nameOrPath, relativeTo, []);
  const parsed = themeSchema.safeParse(merged);
  if (!parsed.success) {
    throw new KamdeckError(
      'THEME_INVALID',
      `theme ${path} is invalid:\n${z.prettifyError(parsed.error)}`,
    );
  }
  const theme: ResolvedTheme = { ...parsed.data, source: path };
  if (theme.logo !== undefined) {
    const logo = await readLogo(theme.logo.path, path);
    theme.logoData = logo.dataUri;
    theme.logoSizePx = { w: logo.widthPx, h: logo.heightPx };
  }
  return theme;
}
