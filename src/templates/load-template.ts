/**
 * Deck templates: `templates/<name>/template.json` chooses the slides, their order and options;
 * `templates/<name>/text/<language>/<kind>.hbs` holds each slide's text parts, separated by
 * `--- part` lines (title, headline, notes, …). A template may `extends` another and inherit the
 * text it does not override.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KamdeckError, warningAt, type Diagnostic } from '../errors.js';
import type { Formatter } from '../compose/format.js';
import { compiledText } from './compile-cache.js';
import type { TextRenderer } from './handlebars-env.js';
import {
  readManifest,
  templateDirectory,
  textSearchPath,
  type TemplateManifest,
} from './manifest.js';

export {
  describeBundledTemplates,
  listBundledTemplates,
  type SlideEntry,
  type TemplateManifest,
  type TemplateSummary,
} from './manifest.js';

export const DEFAULT_TEMPLATE = 'quarterly-review';
export const FALLBACK_LANGUAGE = 'en';

export interface SlideText {
  /** Renders one text part of a slide kind; throws TEMPLATE_INVALID naming file and part. */
  render: (kind: string, part: string, data: object) => string;
  has: (kind: string, part: string) => boolean;
}

interface TextFile {
  path: string;
  parts: Map<string, string>;
}

export interface LoadedTemplate {
  manifest: TemplateManifest;
  directory: string;
  language: string;
  text: SlideText;
  diagnostics: Diagnostic[];
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
  const files = new Map<string, TextFile[]>();
  const compiled = new Map<string, TextRenderer>();

  // Every file of a kind, in the order a part is looked up: the deck's language before English,
  // the template before the ones it extends. A template overrides single parts, not whole files.
  const filesFor = (kind: string): TextFile[] => {
    let found = files.get(kind);
    if (found === undefined) {
      found = [...new Set([language, FALLBACK_LANGUAGE])]
        .flatMap((lang) => searchPath.map((dir) => join(dir, 'text', lang, `${kind}.hbs`)))
        .filter((candidate) => existsSync(candidate))
        .map((path) => ({ path, parts: splitParts(readFileSync(path, 'utf8')) }));
      files.set(kind, found);
    }
    return found;
  };
  const fileFor = (kind: string, part: string) =>
    filesFor(kind).find((file) => file.parts.has(part));

  const text: SlideText = {
    has: (kind, part) => fileFor(kind, part) !== undefined,
    render: (kind, part, data) => {
      const key = `${kind}/${part}`;
      let renderer = compiled.get(key);
      if (renderer === undefined) {
        const file = fileFor(kind, part);
        const source = file?.parts.get(part);
        if (file === undefined || source === undefined) {
          throw new KamdeckError(
            'TEMPLATE_INVALID',
            `template "${manifest.name}" has no "${part}" text for slide "${kind}" (expected a "--- ${part}" section in text/${language}/${kind}.hbs)`,
          );
        }
        renderer = compiledText(format, source, `${file.path} (${part})`);
        compiled.set(key, renderer);
      }
      return renderer(data);
    },
  };
  return { manifest, directory, language, text, diagnostics };
}
