/**
 * Deck templates: `templates/<name>/template.json` chooses the slides, their order and options;
 * `templates/<name>/text/<language>/<kind>.hbs` holds each slide's text parts, separated by
 * `--- part` lines (title, headline, notes, …). A template may `extends` another and inherit the
 * text it does not override.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { KamdeckError, warningAt, type Diagnostic } from '../errors.js';
import type { Formatter } from '../compose/format.js';
import { BUNDLED_TEMPLATES_DIR } from '../paths.js';
import { compileText, createHandlebars, type TextRenderer } from './handlebars-env.js';

export const DEFAULT_TEMPLATE = 'quarterly-review';
export const FALLBACK_LANGUAGE = 'en';

const manifestSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().default(''),
    extends: z.string().min(1).optional(),
    slides: z
      .array(
        z
          .object({
            kind: z.string().min(1),
            options: z.record(z.string(), z.unknown()).default({}),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type TemplateManifest = z.output<typeof manifestSchema>;
export type SlideEntry = TemplateManifest['slides'][number];

export interface SlideText {
  /** Renders one text part of a slide kind; throws TEMPLATE_INVALID naming file and part. */
  render: (kind: string, part: string, data: object) => string;
  has: (kind: string, part: string) => boolean;
}

export interface LoadedTemplate {
  manifest: TemplateManifest;
  directory: string;
  language: string;
  text: SlideText;
  diagnostics: Diagnostic[];
}

function templateDirectory(nameOrPath: string, relativeTo: string): string {
  const looksLikePath =
    nameOrPath.includes('/') || nameOrPath.includes('\\') || nameOrPath.startsWith('.');
  if (!looksLikePath) return join(BUNDLED_TEMPLATES_DIR, nameOrPath);
  return isAbsolute(nameOrPath) ? nameOrPath : resolve(relativeTo, nameOrPath);
}

export async function listBundledTemplates(): Promise<string[]> {
  const entries = await readdir(BUNDLED_TEMPLATES_DIR, { withFileTypes: true });
  return entries
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(join(BUNDLED_TEMPLATES_DIR, entry.name, 'template.json')),
    )
    .map((entry) => entry.name)
    .sort();
}

function readManifest(directory: string, requestedAs: string): TemplateManifest {
  const path = join(directory, 'template.json');
  if (!existsSync(path))
    throw new KamdeckError('TEMPLATE_INVALID', `template "${requestedAs}" not found (no ${path})`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new KamdeckError(
      'TEMPLATE_INVALID',
      `template ${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success)
    throw new KamdeckError(
      'TEMPLATE_INVALID',
      `template ${path} is invalid:\n${z.prettifyError(parsed.error)}`,
    );
  return parsed.data;
}

/** Splits a .hbs file into its `--- part` sections. */
export function splitParts(source: string): Map<string, string> {
  const parts = new Map<string, string>();
  let current: string | undefined;
  let lines: string[] = [];
  const flush = () => {
    if (current !== undefined) parts.set(current, lines.join('\n').trim());
  };
  for (const line of source.replace(/\r\n/g, '\n').split('\n')) {
    const marker = /^---\s*([A-Za-z][\w-]*)\s*$/.exec(line);
    if (marker) {
      flush();
      current = marker[1];
      lines = [];
    } else lines.push(line);
  }
  flush();
  return parts;
}

/** The template's own directory first, then the directories of the templates it extends. */
function textSearchPath(directory: string, manifest: TemplateManifest): string[] {
  const chain = [directory];
  let parent = manifest.extends;
  while (parent !== undefined && chain.length < 8) {
    const parentDir = templateDirectory(parent, directory);
    chain.push(parentDir);
    parent = readManifest(parentDir, parent).extends;
  }
  return chain;
}

function pickLanguage(searchPath: string[], locale: string): string {
  const language = locale.split('-')[0]?.toLowerCase() ?? FALLBACK_LANGUAGE;
  return searchPath.some((directory) => existsSync(join(directory, 'text', language)))
    ? language
    : FALLBACK_LANGUAGE;
}

export function loadTemplate(
  nameOrPath: string,
  locale: string,
  format: Formatter,
  relativeTo = '.',
): LoadedTemplate {
  const directory = templateDirectory(nameOrPath, relativeTo);
  const manifest = readManifest(directory, nameOrPath);
  const searchPath = textSearchPath(directory, manifest);
  const language = pickLanguage(searchPath, locale);
  const diagnostics: Diagnostic[] = [];
  if (!locale.toLowerCase().startsWith(language)) {
    diagnostics.push(
      warningAt(
        undefined,
        `template "${manifest.name}" has no text for locale ${locale}; using English text with ${locale} number formats`,
      ),
    );
  }
  const env = createHandlebars(format);
  const files = new Map<string, { path: string; parts: Map<string, string> } | undefined>();
  const compiled = new Map<string, TextRenderer>();

  const fileFor = (kind: string) => {
    if (!files.has(kind)) {
      const path = [language, FALLBACK_LANGUAGE]
        .flatMap((lang) => searchPath.map((dir) => join(dir, 'text', lang, `${kind}.hbs`)))
        .find((candidate) => existsSync(candidate));
      files.set(
        kind,
        path === undefined ? undefined : { path, parts: splitParts(readFileSync(path, 'utf8')) },
      );
    }
    return files.get(kind);
  };

  const text: SlideText = {
    has: (kind, part) => fileFor(kind)?.parts.has(part) ?? false,
    render: (kind, part, data) => {
      const key = `${kind}/${part}`;
      let renderer = compiled.get(key);
      if (renderer === undefined) {
        const file = fileFor(kind);
        const source = file?.parts.get(part);
        if (file === undefined || source === undefined) {
          throw new KamdeckError(
            'TEMPLATE_INVALID',
            `template "${manifest.name}" has no "${part}" text for slide "${kind}" (expected a "--- ${part}" section in text/${language}/${kind}.hbs)`,
          );
        }
        renderer = compileText(env, source, `${file.path} (${part})`);
        compiled.set(key, renderer);
      }
      return renderer(data);
    },
  };
  return { manifest, directory, language, text, diagnostics };
}
